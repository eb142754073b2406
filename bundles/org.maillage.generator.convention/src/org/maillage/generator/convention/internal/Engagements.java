package org.maillage.generator.convention.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.BodyRole;
import org.maillage.model.coop.Commitment;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionKind;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.Level;
import org.maillage.model.coop.Nature;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Actors;
import org.maillage.model.services.FinancingPlan;
import org.maillage.model.services.Raci;

/**
 * The commitments article: each party's roles in the covered actions written as obligations,
 * grouped by action, with the mapping of domain.md ("Convention kinds"): the owner's A on an
 * ownership function, an R on it only under a mandate or a transfer ("au nom et pour le compte
 * de"), a funding S as a participation subject to the funder's decision, a C as a consultation,
 * an I as the duty of the function's A (or the owner) to inform; the political or technical body
 * named from the function's level; then the commitments the model writes.
 */
final class Engagements {

    /** Whose obligations are held by which body: political, technical, or the party itself. */
    private enum Holder { POLITICAL, TECHNICAL, PARTY }

    private final Convention convention;
    private final Parties parties;
    private final Locale locale;

    Engagements(Convention convention, Parties parties, Locale locale) {
        this.convention = convention;
        this.parties = parties;
        this.locale = locale;
    }

    List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        for (Action action : convention.getCovers()) {
            if (action.eIsProxy()) {
                continue;
            }
            blocks.add(Block.heading(say("commitments.action", title(action.getTitle()))));
            Map<Actor, Map<Holder, Set<String>>> duties = new LinkedHashMap<>();
            Map<Actor, Set<String>> consulted = new LinkedHashMap<>();
            convention.getParties().forEach(p -> duties.put(p, new EnumMap<>(Holder.class)));
            Actor owner = FinancingPlan.owner(action);
            for (Map.Entry<Function, Map<Actor, Set<Role>>> row : Raci.cells(action).entrySet()) {
                rowDuties(action, owner, row.getKey(), row.getValue(), duties, consulted);
            }
            for (Actor party : convention.getParties()) {
                partyBlocks(party, duties.get(party), consulted.getOrDefault(party, Set.of()), blocks);
            }
        }
        general(blocks);
        if (blocks.isEmpty()) {
            blocks.add(Block.text(say("placeholder.commitments")));
        }
        return blocks;
    }

    private void rowDuties(Action action, Actor owner, Function function, Map<Actor, Set<Role>> cells,
            Map<Actor, Map<Holder, Set<String>>> duties, Map<Actor, Set<String>> consulted) {
        String nature = function.isSetNature() ? function.getNature().getLiteral() : "none";
        String what = title(action.getTitle());
        String fn = title(function.getTitle());
        Holder holder = !function.isSetLevel() ? Holder.PARTY
                : function.getLevel() == Level.POLITICAL ? Holder.POLITICAL : Holder.TECHNICAL;
        Actor accountable = Raci.holders(cells, Role.A).stream().findFirst().orElse(owner);
        for (Map.Entry<Actor, Set<Role>> cell : cells.entrySet()) {
            Actor actor = cell.getKey();
            Set<Role> roles = cell.getValue();
            if (duties.containsKey(actor)) {
                Set<String> list = duties.get(actor).computeIfAbsent(holder, h -> new LinkedHashSet<>());
                if (roles.contains(Role.A)) {
                    list.add(say("clause.A." + nature, what, fn));
                } else if (roles.contains(Role.R)) {
                    list.add(responsible(nature, what, fn, owner, actor));
                }
                if (roles.contains(Role.S)) {
                    list.add(support(nature, what, fn, action, actor));
                }
                if (roles.contains(Role.C)) {
                    consulted.computeIfAbsent(actor, a -> new LinkedHashSet<>()).add(say("clause.C",
                            parties.subject(actor), say(Parties.feminine(actor) ? "consulted.F" : "consulted.M"),
                            say("about." + nature, fn), what));
                }
            }
            if (roles.contains(Role.I) && accountable != null && accountable != actor
                    && duties.containsKey(accountable)) {
                duties.get(accountable).computeIfAbsent(holder, h -> new LinkedHashSet<>()).add(say("clause.I",
                        parties.named(actor), say(Parties.feminine(actor) ? "informed.F" : "informed.M"),
                        say("of." + nature, fn), what));
            }
        }
    }

    private String responsible(String nature, String what, String fn, Actor owner, Actor actor) {
        if (nature.equals(Nature.OWNERSHIP.getLiteral()) && owner != null && owner != actor) {
            ConventionKind kind = convention.getKind();
            boolean entrusted = kind == ConventionKind.MANDATE || kind == ConventionKind.TRANSFER;
            return say(entrusted ? "clause.R.ownership.entrusted" : "clause.R.ownership.support", what,
                    parties.named(owner));
        }
        return say("clause.R." + nature, what, fn);
    }

    private String support(String nature, String what, String fn, Action action, Actor actor) {
        if (nature.equals(Nature.FUNDING.getLiteral())) {
            BigDecimal share = FinancingPlan.ownShare(action, actor);
            return share.signum() > 0 ? say("clause.S.funding", Register.euros(share, locale), what)
                    : say("clause.S.funding.open", what);
        }
        return say("clause.S", say("to." + nature, fn), what);
    }

    private void partyBlocks(Actor party, Map<Holder, Set<String>> duties, Set<String> consulted, List<Block> out) {
        for (Holder holder : Holder.values()) {
            Set<String> list = duties.getOrDefault(holder, Set.of());
            if (list.isEmpty()) {
                continue;
            }
            String body = holder == Holder.PARTY ? null
                    : Actors.body(party, holder == Holder.POLITICAL ? BodyRole.POLITICAL : BodyRole.TECHNICAL);
            String intro = holder == Holder.PARTY ? say("commitments.party", parties.subject(party))
                    : say("commitments." + holder.name().toLowerCase(Locale.ROOT) + (body == null ? "" : ".named"),
                            parties.shortName(party), body == null ? "" : body);
            out.add(Block.text(intro));
            bullets(new ArrayList<>(list), out);
        }
        consulted.forEach(sentence -> out.add(Block.text(sentence)));
    }

    /** The model's own commitment lines, after the roles. */
    private void general(List<Block> out) {
        boolean first = true;
        for (Actor party : convention.getParties()) {
            List<String> lines = new ArrayList<>();
            for (Commitment commitment : convention.getCommitments()) {
                if (commitment.getParty() == party && commitment.getTitle() != null) {
                    String text = lowerFirst(commitment.getTitle().strip().replaceAll("[.;]+$", ""));
                    lines.add(commitment.getAmount() == null ? text
                            : say("commitment.amount", text, Register.euros(commitment.getAmount(), locale)));
                }
            }
            if (!lines.isEmpty()) {
                if (first) {
                    out.add(Block.heading(say("commitments.general")));
                    first = false;
                }
                out.add(Block.text(say("commitments.party", parties.subject(party))));
                bullets(lines, out);
            }
        }
    }

    private void bullets(List<String> lines, List<Block> out) {
        for (int i = 0; i < lines.size(); i++) {
            out.add(Block.bullet(lines.get(i) + (i == lines.size() - 1 ? "." : Register.semicolon(locale))));
        }
    }

    private String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return text.substring(0, 1).toLowerCase(locale) + text.substring(1);
        }
        return text;
    }

    private String say(String key, Object... arguments) {
        return ConventionText.get(locale, key, arguments);
    }

    private static String title(String text) {
        return text == null ? "" : text;
    }
}
