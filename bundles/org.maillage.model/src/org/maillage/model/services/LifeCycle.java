package org.maillage.model.services;

import java.util.List;
import java.util.Locale;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.ActionStep;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionStep;
import org.maillage.model.coop.CoopPackage;

/**
 * Where an action or a convention stands (language 1.1): the last status line written is the
 * current one; a model without status lines has none.
 */
public final class LifeCycle {

    private LifeCycle() {
    }

    /** The action's last status line, or null. */
    public static ActionStep current(Action action) {
        return last(action.getStatuses());
    }

    /** The convention's last step, or null. */
    public static ConventionStep current(Convention convention) {
        return last(convention.getStatuses());
    }

    /** The current status in words ("Engagée le 2 avril 2024", "Committed on 2 April 2024"), or an empty text when none is written. */
    public static String describe(Action action, Locale locale) {
        ActionStep step = current(action);
        return step == null || step.getStatus() == null ? ""
                : words(ModelLabels.label(CoopPackage.Literals.ACTION_STATUS.getEEnumLiteral(step.getStatus().getValue()),
                        locale), step.getDate(), locale);
    }

    /** The current step in words ("Signée le 1er mars 2024"), or an empty text when none is written. */
    public static String describe(Convention convention, Locale locale) {
        ConventionStep step = current(convention);
        return step == null || step.getStatus() == null ? ""
                : words(ModelLabels.label(CoopPackage.Literals.CONVENTION_STATUS.getEEnumLiteral(
                        step.getStatus().getValue()), locale), step.getDate(), locale);
    }

    /** A status and its date in words; a date the model writes badly is shown as written. */
    public static String words(String status, String date, Locale locale) {
        if (date == null) {
            return status;
        }
        String words = Dates.inWords(date, locale);
        return status + (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? " on " : " le ")
                + (words == null ? date : words);
    }

    private static <T> T last(List<T> steps) {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }
}
