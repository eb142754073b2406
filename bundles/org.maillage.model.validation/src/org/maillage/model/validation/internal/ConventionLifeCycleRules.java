package org.maillage.model.validation.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Amendment;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionStatus;
import org.maillage.model.coop.ConventionStep;
import org.maillage.model.coop.Deliberation;
import org.maillage.model.coop.LegalForm;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.RuleSettings;
import org.maillage.model.validation.Severity;

/**
 * A convention's life cycle (1.1). CONV-STATUS-ORDER: draft, voted, signed, then ended or
 * terminated, dates not going back, no amendment before the signature. CONV-NO-DELIBERATION: a
 * local authority votes before the convention is voted or signed. CONV-ELECTION: a general renewal
 * of a party's council during the convention, with no amendment after it.
 */
public final class ConventionLifeCycleRules implements Rule {

    private final RuleSettings settings;

    public ConventionLifeCycleRules(RuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        if (!model.usesLanguage11()) {
            return;
        }
        for (Convention convention : model.conventions()) {
            LocalDate signed = order(convention, sink);
            amendments(convention, signed, sink);
            deliberations(convention, sink);
            elections(convention, sink);
        }
    }

    /** Reports the steps out of order; returns the date of the signature, or null. */
    private static LocalDate order(Convention convention, FindingSink sink) {
        int highest = -1;
        ConventionStep highestStep = null;
        LocalDate latest = null;
        LocalDate signed = null;
        for (ConventionStep step : convention.getStatuses()) {
            int rank = rank(step.getStatus());
            LocalDate date = ConventionRules.date(step.getDate());
            if (rank <= highest) {
                sink.report("CONV-STATUS-ORDER", Severity.ERROR, step, Anchor.ELEMENT, Names.of(convention),
                        step.getStatus().getLiteral(), highestStep.getStatus().getLiteral());
            } else if (date != null && latest != null && date.isBefore(latest)) {
                sink.report("CONV-STATUS-ORDER", "CONV-STATUS-ORDER.date", Severity.ERROR, step, Anchor.ELEMENT,
                        Names.of(convention), step.getStatus().getLiteral(), step.getDate(), latest.toString());
            }
            if (rank > highest) {
                highest = rank;
                highestStep = step;
            }
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
            if (step.getStatus() == ConventionStatus.SIGNED && signed == null) {
                signed = date;
            }
        }
        return signed;
    }

    /** draft 0, voted 1, signed 2, ended or terminated 3: each step once, in this order. */
    private static int rank(ConventionStatus status) {
        return switch (status) {
        case DRAFT -> 0;
        case VOTED -> 1;
        case SIGNED -> 2;
        case ENDED, TERMINATED -> 3;
        };
    }

    private static void amendments(Convention convention, LocalDate signed, FindingSink sink) {
        if (signed == null) {
            return;
        }
        for (Amendment amendment : convention.getAmendments()) {
            LocalDate date = ConventionRules.date(amendment.getDate());
            if (date != null && date.isBefore(signed)) {
                sink.report("CONV-STATUS-ORDER", "CONV-STATUS-ORDER.amendment", Severity.ERROR, amendment,
                        Anchor.ELEMENT, Names.of(convention), Names.of(amendment), amendment.getDate(),
                        signed.toString());
            }
        }
    }

    private static void deliberations(Convention convention, FindingSink sink) {
        ConventionStep first = null;
        LocalDate firstDate = null;
        for (ConventionStep step : convention.getStatuses()) {
            LocalDate date = ConventionRules.date(step.getDate());
            if ((step.getStatus() == ConventionStatus.VOTED || step.getStatus() == ConventionStatus.SIGNED)
                    && date != null && (firstDate == null || date.isBefore(firstDate))) {
                first = step;
                firstDate = date;
            }
        }
        if (first == null) {
            return;
        }
        for (Actor party : new LinkedHashSet<>(convention.getParties())) {
            if (LegalForms.in(party, LegalForms.LOCAL_AUTHORITIES) && !deliberated(convention, party, firstDate)) {
                sink.report("CONV-NO-DELIBERATION", Severity.WARNING, convention, Anchor.HEADER,
                        Names.of(convention), Names.of(party), first.getStatus().getLiteral(), first.getDate());
            }
        }
    }

    private static boolean deliberated(Convention convention, Actor party, LocalDate by) {
        for (Deliberation deliberation : convention.getDeliberations()) {
            LocalDate date = ConventionRules.date(deliberation.getDate());
            if (deliberation.getParty() == party && date != null && !date.isAfter(by)) {
                return true;
            }
        }
        return false;
    }

    private void elections(Convention convention, FindingSink sink) {
        LocalDate start = ConventionRules.date(convention.getStartDate());
        LocalDate end = ConventionRules.date(convention.getEndDate());
        if (start == null || end == null || end.isBefore(start)) {
            return;
        }
        election(convention, start, end, "municipal", settings.municipalRenewals(), Set.of(LegalForm.MUNICIPALITY,
                LegalForm.EPCI, LegalForm.SYNDICATE, LegalForm.WIDESYNDICATE), sink);
        election(convention, start, end, "departmental", settings.departmentalRenewals(),
                Set.of(LegalForm.DEPARTMENT), sink);
        election(convention, start, end, "regional", settings.regionalRenewals(), Set.of(LegalForm.REGION), sink);
    }

    private static void election(Convention convention, LocalDate start, LocalDate end, String councils,
            List<LocalDate> renewals, Set<LegalForm> forms, FindingSink sink) {
        for (LocalDate renewal : renewals) {
            if (renewal.isBefore(start) || renewal.isAfter(end) || amendedAfter(convention, renewal)) {
                continue;
            }
            Set<Actor> concerned = new LinkedHashSet<>();
            convention.getParties().stream().filter(party -> LegalForms.in(party, forms)).forEach(concerned::add);
            if (!concerned.isEmpty()) {
                sink.report("CONV-ELECTION", Severity.INFO, convention, Anchor.HEADER, Names.of(convention),
                        sink.text("text.election." + councils), renewal.toString(), Names.list(concerned));
            }
        }
    }

    private static boolean amendedAfter(Convention convention, LocalDate renewal) {
        return convention.getAmendments().stream().map(a -> ConventionRules.date(a.getDate()))
                .anyMatch(date -> date != null && date.isAfter(renewal));
    }
}
