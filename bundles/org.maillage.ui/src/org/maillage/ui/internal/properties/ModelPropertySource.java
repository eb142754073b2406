package org.maillage.ui.internal.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.maillage.dsl.resource.WrittenNames;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.services.Localization;
import org.maillage.model.services.ModelLabels;

/**
 * The properties of a model element, read through EMF's reflective API and labelled with the
 * model's French or English labels: attributes as written, references by name, contained
 * elements counted. Read-only: the text is the one place a model is edited.
 */
final class ModelPropertySource implements IPropertySource {

    private final EObject element;
    private final Locale locale = Localization.supported(Locale.getDefault());

    ModelPropertySource(EObject element) {
        this.element = element;
    }

    @Override
    public Object getEditableValue() {
        return element;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient()) {
                continue;
            }
            PropertyDescriptor descriptor = new PropertyDescriptor(feature, ModelLabels.label(feature, locale));
            descriptor.setCategory(ModelLabels.label(feature.getEContainingClass(), locale));
            descriptors.add(descriptor);
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    @Override
    public Object getPropertyValue(Object id) {
        EStructuralFeature feature = (EStructuralFeature) id;
        if (!feature.isMany() && !element.eIsSet(feature) && !(feature instanceof EAttribute a && a.isRequired())) {
            return "";
        }
        Object value = element.eGet(feature);
        if (feature instanceof EReference reference && reference.isContainment()) {
            return value instanceof Collection<?> many ? Integer.toString(many.size()) : text(value, feature);
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(v -> text(v, feature)).collect(Collectors.joining(", "));
        }
        return text(value, feature);
    }

    private String text(Object value, EStructuralFeature feature) {
        if (value == null) {
            return "";
        }
        if (value instanceof NamedElement named) {
            return WrittenNames.of(named, element);
        }
        if (value instanceof Enumerator literal && feature.getEType() instanceof EEnum type) {
            EEnumLiteral found = type.getEEnumLiteral(literal.getValue());
            return found == null ? literal.getLiteral() : ModelLabels.label(found, locale);
        }
        if (value instanceof EObject object) {
            return ModelLabels.label(object.eClass(), locale);
        }
        return String.valueOf(value);
    }

    @Override
    public boolean isPropertySet(Object id) {
        return element.eIsSet((EStructuralFeature) id);
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only
    }
}
