package org.maillage.model.validation.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Commitment;
import org.maillage.model.coop.Committee;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Funding;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/**
 * Who a convention binds: CONV-ONE-PARTY (an agreement needs two parties), CONV-PARTY-DUPLICATE
 * (a party listed twice), CONV-LEAD-NOT-PARTY and CONV-COMMITMENT-NOT-PARTY (only a party can
 * lead or commit), CONV-MEMBER-NOT-PARTY (a committee member that neither signs nor funds: funders
 * commonly sit on the steering committee of what they pay for).
 */
public final class PartyRules implements Rule {

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        for (Convention convention : model.conventions()) {
            String name = Names.of(convention);
            List<Actor> parties = convention.getParties();
            Set<Actor> distinct = new LinkedHashSet<>(parties);
            if (distinct.size() == 1 && !parties.get(0).eIsProxy()) {
                sink.report("CONV-ONE-PARTY", Severity.ERROR, convention, Anchor.HEADER, name,
                        Names.of(parties.get(0)));
            }
            for (Actor party : distinct) {
                if (parties.indexOf(party) != parties.lastIndexOf(party)) {
                    sink.report("CONV-PARTY-DUPLICATE", Severity.ERROR, convention, Anchor.HEADER, name,
                            Names.of(party));
                }
            }
            Actor lead = convention.getLead();
            if (isOutsider(lead, distinct)) {
                sink.report("CONV-LEAD-NOT-PARTY", Severity.ERROR, convention, Anchor.HEADER, name, Names.of(lead));
            }
            for (Commitment commitment : convention.getCommitments()) {
                if (isOutsider(commitment.getParty(), distinct)) {
                    sink.report("CONV-COMMITMENT-NOT-PARTY", Severity.ERROR, commitment, Anchor.ELEMENT, name,
                            Names.of(commitment.getParty()));
                }
            }
            Set<Actor> signingOrFunding = new LinkedHashSet<>(distinct);
            for (Funding funding : convention.getFundings()) {
                signingOrFunding.add(funding.getFunder());
                signingOrFunding.add(funding.getCounterpart());
            }
            for (Committee committee : convention.getCommittees()) {
                Set<Actor> outsiders = new LinkedHashSet<>();
                committee.getMembers().stream().filter(member -> isOutsider(member, signingOrFunding))
                        .forEach(outsiders::add);
                if (!outsiders.isEmpty()) {
                    sink.report("CONV-MEMBER-NOT-PARTY", Severity.INFO, committee, Anchor.ELEMENT, name,
                            Names.of(committee), Names.list(outsiders));
                }
            }
        }
    }

    /** A resolved actor that is not among {@code parties} (an unresolved name is the language's finding). */
    private static boolean isOutsider(Actor actor, Set<Actor> parties) {
        return actor != null && !actor.eIsProxy() && !parties.contains(actor);
    }
}
