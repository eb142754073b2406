package org.maillage.vcs.internal.report;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.services.Localization;
import org.maillage.model.services.ModelLabels;
import org.maillage.vcs.Change;
import org.maillage.vcs.internal.VcsMessages;

/**
 * The diff as text, one change per line in the diff's order. Lines start with a sign: {@code +}
 * added, {@code -} removed, {@code >} renamed, {@code ~} changed, {@code *} a role, {@code !} a
 * finding; then the element's path of identifiers and the change, labels in the run's language.
 */
public final class TextReport {

    private TextReport() {
    }

    public static String write(List<Change> changes, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (Change change : changes) {
            text.append(line(change, locale)).append('\n');
        }
        return text.toString();
    }

    public static String line(Change change, Locale locale) {
        return switch (change.section()) {
        case ROLE -> VcsMessages.get(locale, "diff.role", change.element(), change.feature(),
                value(change.before(), false, locale), value(change.after(), false, locale));
        case FINDING -> VcsMessages.get(locale, change.kind() == Change.Kind.ADDED ? "diff.findingAdded" : "diff.findingRemoved",
                change.element(), change.type(), change.kind() == Change.Kind.ADDED ? change.after() : change.before());
        case ELEMENT -> element(change, locale);
        };
    }

    private static String element(Change change, Locale locale) {
        String type = typeLabel(change.type(), locale);
        return switch (change.kind()) {
        case ADDED -> VcsMessages.get(locale, "diff.added", change.element(), type, titled(change.after(), locale));
        case REMOVED -> VcsMessages.get(locale, "diff.removed", change.element(), type, titled(change.before(), locale));
        case RENAMED -> VcsMessages.get(locale, "diff.renamed", change.element(), change.before(), change.after(), type);
        case CHANGED -> VcsMessages.get(locale, "diff.changed", change.element(), featureLabel(change, locale),
                value(change.before(), change.quoted(), locale), value(change.after(), change.quoted(), locale));
        };
    }

    /** The label of a metamodel class, or the name itself for one this version does not know. */
    public static String typeLabel(String type, Locale locale) {
        EClassifier classifier = CoopPackage.eINSTANCE.getEClassifier(type);
        return classifier == null ? type : ModelLabels.label(classifier, locale);
    }

    public static String featureLabel(Change change, Locale locale) {
        if (CoopPackage.eINSTANCE.getEClassifier(change.type()) instanceof EClass eClass) {
            EStructuralFeature feature = eClass.getEStructuralFeature(change.feature());
            if (feature != null) {
                return ModelLabels.label(feature, locale);
            }
        }
        return change.feature();
    }

    private static String titled(String title, Locale locale) {
        return title.isEmpty() ? "" : " " + quote(title, locale);
    }

    public static String value(String value, boolean quoted, Locale locale) {
        if (value.isEmpty()) {
            return "—";
        }
        return quoted ? quote(value, locale) : value;
    }

    private static String quote(String text, Locale locale) {
        return Localization.supported(locale) == Locale.ENGLISH ? "\"" + text + "\"" : "« " + text + " »";
    }
}
