package org.maillage.model.validation.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionKind;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Fundings;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/**
 * What a convention's kind and parties ask (1.1). CONV-DELEG-PARTY: only municipalities, EPCI,
 * departments and regions delegate or receive a competence. CONV-NO-LEAD: a convention of more
 * than two parties, a grouping, a mandate or EU money needs a chef de file. CONV-PROVISION-NO-AMOUNT:
 * a mise à disposition reimburses its costs. CONV-PARTY-INFORMED: a party only informed of the
 * covered actions.
 */
public final class ConventionKindRules implements Rule {

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        if (!model.usesLanguage11()) {
            return;
        }
        for (Convention convention : model.conventions()) {
            String name = Names.of(convention);
            Set<Actor> parties = new LinkedHashSet<>(convention.getParties());
            if (convention.getKind() == ConventionKind.DELEGATION) {
                for (Actor party : parties) {
                    if (LegalForms.outside(party, LegalForms.DELEGATING)) {
                        sink.report("CONV-DELEG-PARTY", Severity.ERROR, convention, Anchor.HEADER, name,
                                Names.of(party), party.getForm().getLiteral());
                    }
                }
            }
            if (convention.getLead() == null) {
                String reason = leadReason(convention, parties);
                if (reason != null) {
                    sink.report("CONV-NO-LEAD", Severity.WARNING, convention, Anchor.HEADER, name,
                            sink.text("text.lead." + reason, parties.size(), convention.getKind().getLiteral()));
                }
            }
            if (convention.getKind() == ConventionKind.PROVISION
                    && convention.getCommitments().stream().noneMatch(c -> c.getAmount() != null)) {
                sink.report("CONV-PROVISION-NO-AMOUNT", Severity.WARNING, convention, Anchor.HEADER, name);
            }
            if (!convention.getCovers().isEmpty()) {
                informedOnly(convention, parties, model, sink);
            }
        }
    }

    /** Why the convention needs a lead, or null. */
    private static String leadReason(Convention convention, Set<Actor> parties) {
        if (parties.size() > 2) {
            return "parties";
        }
        if (convention.getKind() == ConventionKind.GROUPING || convention.getKind() == ConventionKind.MANDATE) {
            return "kind";
        }
        return Fundings.involvesEu(convention) ? "eu" : null;
    }

    private static void informedOnly(Convention convention, Set<Actor> parties, ModelIndex model, FindingSink sink) {
        Map<Actor, Set<Role>> roles = new HashMap<>();
        for (Action action : convention.getCovers()) {
            if (action.eIsProxy()) {
                continue;
            }
            model.cells(action).values().forEach(row -> row.forEach((actor, held) -> roles
                    .computeIfAbsent(actor, a -> EnumSet.noneOf(Role.class)).addAll(held)));
        }
        for (Actor party : parties) {
            if (Set.of(Role.I).equals(roles.get(party))) {
                sink.report("CONV-PARTY-INFORMED", Severity.INFO, convention, Anchor.HEADER, Names.of(convention),
                        Names.of(party), Names.list(convention.getCovers()));
            }
        }
    }
}
