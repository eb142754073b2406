package org.maillage.model.validation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionKind;
import org.maillage.model.coop.Plan;
import org.maillage.model.services.Raci;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/**
 * CONV-NO-COMMITTEE, CONV-PARTY-ROLE, CONV-PERIOD and CONV-LEGAL: a convention that survives
 * people changing has governance, reciprocity, a coherent period and, when it delegates, a
 * legal review.
 */
public final class ConventionRules implements Rule {

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        for (Convention convention : model.conventions()) {
            String name = Names.of(convention);
            if (convention.getCommittees().isEmpty()) {
                sink.report("CONV-NO-COMMITTEE", Severity.WARNING, convention, Anchor.HEADER, name);
            }
            if (!convention.getCovers().isEmpty()) {
                Set<Actor> holding = holdersOfRoles(convention.getCovers());
                for (Actor party : convention.getParties()) {
                    if (!holding.contains(party)) {
                        sink.report("CONV-PARTY-ROLE", Severity.WARNING, convention, Anchor.HEADER, name,
                                Names.of(party), Names.list(convention.getCovers()));
                    }
                }
            }
            checkPeriod(convention, sink);
            if ((convention.getKind() == ConventionKind.DELEGATION || convention.getKind() == ConventionKind.PROVISION)
                    && convention.getReviewer() == null) {
                sink.report("CONV-LEGAL", Severity.INFO, convention, Anchor.HEADER, name,
                        convention.getKind().getLiteral());
            }
        }
    }

    /** The actors holding some role in one of the actions (as {@link Raci#holdsRole}), found in one pass. */
    private static Set<Actor> holdersOfRoles(List<Action> actions) {
        Set<Actor> holders = new HashSet<>();
        for (Action action : actions) {
            action.getAssignments().stream().flatMap(entry -> entry.getRoles().stream())
                    .filter(roles -> !roles.getRoles().isEmpty()).forEach(roles -> holders.add(roles.getActor()));
        }
        return holders;
    }

    private static void checkPeriod(Convention convention, FindingSink sink) {
        LocalDate start = date(convention.getStartDate());
        LocalDate end = date(convention.getEndDate());
        if (start == null || end == null) {
            return;
        }
        String name = Names.of(convention);
        if (end.isBefore(start)) {
            sink.report("CONV-PERIOD", Severity.ERROR, convention, Anchor.HEADER, name, convention.getStartDate(),
                    convention.getEndDate());
            return;
        }
        if (convention.eContainer() instanceof Plan plan
                && (start.getYear() < plan.getFromYear() || end.getYear() > plan.getToYear())) {
            sink.report("CONV-PERIOD", "CONV-PERIOD.outside", Severity.WARNING, convention, Anchor.HEADER, name,
                    convention.getStartDate(), convention.getEndDate(), Names.of(plan),
                    String.valueOf(plan.getFromYear()), String.valueOf(plan.getToYear()));
        }
    }

    /** A valid date, or null (the language reports invalid dates). */
    static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
