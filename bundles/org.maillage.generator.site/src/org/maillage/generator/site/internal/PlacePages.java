package org.maillage.generator.site.internal;

import java.util.ArrayList;
import java.util.List;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Objective;
import org.maillage.model.coop.Territory;
import org.maillage.model.services.LifeCycle;
import org.maillage.model.services.Territories;

/**
 * The pages of a territory (its kind and neighbours, the actors covering it, the actions on it
 * and those on the territories it meets) and of a charter objective (the actions implementing it
 * across plans).
 */
final class PlacePages {

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

    /** The actions as a table: action, plan, territory, status. */
    private static void actions(Html out, Site site, String title, List<Action> actions) {
        SiteText text = site.text();
        out.el("h2", title);
        if (actions.isEmpty()) {
            out.el("p class=\"muted\"", text.get("plan.none"));
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
}
