package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.services.ModelLabels;

/** Every class, feature and enum literal of the metamodel has a French and an English label, and documentation. */
class ModelLabelsHeadlessTest {

    private static List<ENamedElement> elements() {
        List<ENamedElement> all = new ArrayList<>();
        for (EClassifier classifier : CoopPackage.eINSTANCE.getEClassifiers()) {
            all.add(classifier);
            if (classifier instanceof EClass type) {
                all.addAll(type.getEStructuralFeatures());
            } else if (classifier instanceof EEnum enumeration) {
                all.addAll(enumeration.getELiterals());
            }
        }
        return all;
    }

    @Test
    void everyElementHasBothLabels() {
        List<String> missing = new ArrayList<>();
        for (ENamedElement element : elements()) {
            for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                if (!ModelLabels.has(element, locale)) {
                    missing.add(ModelLabels.key(element) + " (" + locale + ")");
                }
            }
        }
        assertEquals(List.of(), missing);
        assertEquals("Territoires couverts", ModelLabels.label(CoopPackage.Literals.ACTOR__COVERS, Locale.FRENCH));
        assertEquals("Covers", ModelLabels.label(CoopPackage.Literals.ACTOR__COVERS, Locale.ENGLISH));
    }

    /** The hand-written Ecore, as shipped in the model bundle (the runtime package drops documentation). */
    private static List<ENamedElement> documentedElements() throws Exception {
        var url = CoopPackage.class.getClassLoader().getResource("model/Coop.ecore");
        var resource = new org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl()
                .createResource(org.eclipse.emf.common.util.URI.createURI("memory:/Coop.ecore"));
        try (var in = url.openStream()) {
            resource.load(in, null);
        }
        var ecore = (org.eclipse.emf.ecore.EPackage) resource.getContents().get(0);
        List<ENamedElement> all = new ArrayList<>();
        for (EClassifier classifier : ecore.getEClassifiers()) {
            all.add(classifier);
            if (classifier instanceof EClass type) {
                all.addAll(type.getEStructuralFeatures());
            }
        }
        return all;
    }

    @Test
    void everyClassAndFeatureIsDocumented() throws Exception {
        List<ENamedElement> documented = documentedElements();
        assertEquals(CoopPackage.eINSTANCE.getEClassifiers().size(),
                documented.stream().filter(EClassifier.class::isInstance).count());
        for (ENamedElement element : documented) {
            if (element instanceof org.eclipse.emf.ecore.EEnumLiteral) {
                continue;
            }
            String documentation = EcoreUtil.getDocumentation(element);
            assertTrue(documentation != null && !documentation.isBlank(), ModelLabels.key(element) + " is documented");
            assertFalse(documentation.contains("TODO"));
        }
    }
}
