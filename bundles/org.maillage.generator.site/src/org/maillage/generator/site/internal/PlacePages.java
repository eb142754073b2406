package org.maillage.generator.site.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.ActionStep;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Objective;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Territory;
import org.maillage.model.services.LifeCycle;
import org.maillage.model.services.Territories;

/**
 * The pages of a territory (its kind and neighbours, the actors covering it, the actions on it
 * and those on the territories it meets) and of a charter objective (the actions implementing it
 * across plans); a list of more than {@link #LIST_LIMIT} actions is summed up per plan.
 */
final class PlacePages {

    /** The most actions a page lists one by one. */
    static final int LIST_LIMIT = 2 * SiteIndex.PART_SIZE;

    private PlacePages() {
    }

    static String territory(Site site, Territory territory) {
        SiteText text = site.text();
        SiteIndex index = site.index();
        Html out = new Html();
        out.raw("<dl class=\"facts\">");
        Fragments.fact(out, text.get("territory.kind"), text.label(territory.getKind()));
        Fragments.fact(out, site, text.get("territory.within"), territory.getWithin());
        Fragments.fact(out, site, text.get("territory.overlaps"), territory.getOverlaps());
        List<Territory> inside = index.territories.stream().filter(t -> t.getWithin() == territory).toList();
        Fragments.fact(out, site, text.get("territory.contains"), inside);
        List<Actor> covering = index.actors.stream().filter(a -> a.getCovers().contains(territory)).toList();
        Fragments.fact(out, site, text.get("territory.actors"), covering);
        out.raw("</dl>\n");
        Fragments.findings(out, site, territory);
        actions(out, site, text.get("territory.actionsOn"), index.actionsOn.getOrDefault(territory, List.of()));
        List<Action> meeting = new ArrayList<>();
        for (Territory other : index.territories) {
            if (other != territory && Territories.meet(territory, other)) {
                meeting.addAll(index.actionsOn.getOrDefault(other, List.of()));
            }
        }
        actions(out, site, text.get("territory.actionsMeeting"), meeting);
        return out.toString();
    }

    static String objective(Site site, Objective objective) {
        SiteText text = site.text();
        Html out = new Html();
        if (SiteIndex.live(objective.getOwner())) {
            out.raw("<dl class=\"facts\">").el("dt", text.get("objective.owner")).raw("<dd>");
            Fragments.link(out, site, objective.getOwner());
            out.raw("</dd></dl>\n");
        }
        Fragments.findings(out, site, objective);
        actions(out, site, text.get("objective.actions"), site.index().implementing.getOrDefault(objective, List.of()));
        return out.toString();
    }

    /**
     * The actions as a table: action, plan, territory, status; beyond {@link #LIST_LIMIT} actions
     * (a département meets every action of its communes), their count, statuses and cost per plan.
     */
    private static void actions(Html out, Site site, String title, List<Action> actions) {
        SiteText text = site.text();
        out.el("h2", title);
        if (actions.isEmpty()) {
            out.el("p class=\"muted\"", text.get("plan.none"));
            return;
        }
        if (actions.size() > LIST_LIMIT) {
            byPlan(out, site, title, actions);
            return;
        }
        out.tableUnderHeading("actions", title, text.get("home.action"), text.get("home.plan"), text.get("action.territory"),
                text.get("action.status"));
        for (Action action : actions) {
            out.raw("<tr><th scope=\"row\">");
            Fragments.link(out, site, action);
            out.raw("</th><td>");
            Fragments.link(out, site, site.index().planOf.get(action));
            out.raw("</td><td>");
            if (SiteIndex.live(action.getTerritory())) {
                Fragments.link(out, site, action.getTerritory());
            }
            out.raw("</td>").el("td", LifeCycle.describe(action, text.locale())).raw("</tr>\n");
        }
        out.endTable();
    }

    private static void byPlan(Html out, Site site, String title, List<Action> actions) {
        SiteText text = site.text();
        Map<Plan, List<Action>> byPlan = new LinkedHashMap<>();
        actions.forEach(a -> byPlan.computeIfAbsent(site.index().planOf.get(a), p -> new ArrayList<>()).add(a));
        out.el("p", text.get("place.byPlan", String.valueOf(actions.size())));
        out.tableUnderHeading("actions", title, text.get("home.plan"), text.get("home.number"), text.get("place.statuses"),
                text.get("action.cost"));
        byPlan.forEach((plan, list) -> {
            Map<String, Integer> statuses = new LinkedHashMap<>();
            BigDecimal cost = BigDecimal.ZERO;
            for (Action action : list) {
                ActionStep step = LifeCycle.current(action);
                statuses.merge(step == null || step.getStatus() == null ? text.get("home.noStatus")
                        : text.label(step.getStatus()), 1, Integer::sum);
                if (action.getCost() != null && action.getCost().getAmount() != null) {
                    cost = cost.add(action.getCost().getAmount());
                }
            }
            out.raw("<tr><th scope=\"row\">");
            Fragments.link(out, site, plan);
            out.raw("</th>").el("td class=\"num\"", String.valueOf(list.size())).el("td", statuses.entrySet().stream()
                    .map(e -> text.get("place.status", e.getKey(), String.valueOf(e.getValue())))
                    .collect(Collectors.joining(", "))).el("td class=\"num\"", text.euros(cost)).raw("</tr>\n");
        });
        out.endTable();
    }
}
