package org.maillage.model.services;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * French and English display labels of the metamodel's classes, features and enum literals
 * (emf.edit's item providers are not available here). French is the default; any other
 * language than English gets French.
 */
public final class ModelLabels {

    private static final String BUNDLE = "org.maillage.model.services.labels";

    private ModelLabels() {
    }

    /** The label of a class, a feature or an enum literal; its name when it has none. */
    public static String label(ENamedElement element, Locale locale) {
        String key = key(element);
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return element.getName();
        }
    }

    /** The label of an enum value of the model ({@code ActorKind.public} → « Collectivité ou établissement public »). */
    public static String enumLabel(org.eclipse.emf.common.util.Enumerator value, Locale locale) {
        String key = value.getClass().getSimpleName() + "." + value.getName();
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return value.getName();
        }
    }

    /** Whether a label exists for the element in that language (for completeness tests). */
    public static boolean has(ENamedElement element, Locale locale) {
        return bundle(locale).containsKey(key(element));
    }

    /** {@code Class}, {@code Class.feature} or {@code Enum.literal}. */
    public static String key(ENamedElement element) {
        if (element instanceof EStructuralFeature feature) {
            return feature.getEContainingClass().getName() + "." + feature.getName();
        }
        if (element instanceof EEnumLiteral literal) {
            return literal.getEEnum().getName() + "." + literal.getName();
        }
        return element instanceof EClass || element.getName() != null ? element.getName() : "";
    }

    private static ResourceBundle bundle(Locale locale) {
        return Localization.bundle(BUNDLE, ModelLabels.class.getClassLoader(), locale);
    }
}
