package org.maillage.generator.site.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.ActionStep;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Indicator;
import org.maillage.model.coop.Role;
import org.maillage.model.services.FinancingPlan;
import org.maillage.model.services.Raci;

/**
 * One action on its plan's page: theme, territory, objectives, status history, project owner,
 * cost, who holds which roles, its indicators with baseline, target and measures, and the
 * findings that concern it.
 */
final class ActionSection {

    private ActionSection() {
    }

    static void write(Html out, Site site, Action action) {
        SiteText text = site.text();
        String anchor = PageNames.anchor("action", action);
        out.raw("<section class=\"item\" id=\"").raw(anchor).raw("\">\n").el("h3", SiteText.title(action))
                .raw("\n<dl class=\"facts\">");
        Fragments.fact(out, text.get("action.theme"), action.getTheme());
        Fragments.fact(out, site, text.get("action.territory"), action.getTerritory());
        Fragments.fact(out, site, text.get("action.objectives"), action.getImplements());
        Fragments.fact(out, text.get("action.status"), action.getStatuses().stream().map(step -> step(text, step))
                .collect(Collectors.joining(" → ")));
        Actor owner = FinancingPlan.owner(action);
        Fragments.fact(out, site, text.get("action.owner"), owner);
        if (action.getCost() != null && action.getCost().getAmount() != null) {
            String cost = text.euros(action.getCost().getAmount());
            if (action.getCost().isSetExpenditure()) {
                cost += " (" + text.label(action.getCost().getExpenditure()) + ")";
            }
            Fragments.fact(out, text.get("action.cost"), cost);
        }
        roles(out, site, action);
        out.raw("</dl>\n");
        indicators(out, site, action);
        Fragments.findings(out, site, action);
        out.raw("</section>\n");
    }

    static String step(SiteText text, ActionStep step) {
        return Fragments.step(text, step.getStatus(), step.getDate());
    }

    private static void roles(Html out, Site site, Action action) {
        Map<Actor, Set<Role>> roles = new LinkedHashMap<>();
        Raci.cells(action).values().forEach(row -> row.forEach((actor, held) -> roles
                .computeIfAbsent(actor, a -> java.util.EnumSet.noneOf(Role.class)).addAll(held)));
        if (roles.isEmpty()) {
            return;
        }
        out.el("dt", site.text().get("action.roles")).raw("<dd><ul class=\"roles\">");
        roles.forEach((actor, held) -> {
            out.raw("<li>");
            Fragments.roles(out, held);
            out.raw(" ");
            Fragments.link(out, site, actor);
            out.raw("</li>");
        });
        out.raw("</ul></dd>");
    }

    private static void indicators(Html out, Site site, Action action) {
        if (action.getIndicators().isEmpty()) {
            return;
        }
        SiteText text = site.text();
        out.table("indicators", text.get("indicator.caption", SiteText.title(action)), text.get("indicator.title"),
                text.get("indicator.unit"), text.get("indicator.baseline"), text.get("indicator.target"),
                text.get("indicator.by"), text.get("indicator.measures"));
        for (Indicator indicator : action.getIndicators()) {
            out.raw("<tr>").el("th scope=\"row\"", indicator.getTitle()).el("td", indicator.getUnit())
                    .el("td class=\"num\"", number(text, indicator.getBaseline()))
                    .el("td class=\"num\"", number(text, indicator.getTarget())).raw("<td>");
            if (SiteIndex.live(indicator.getBy())) {
                Fragments.link(out, site, indicator.getBy());
            }
            out.raw("</td>").el("td", indicator.getMeasures().stream()
                    .map(m -> text.get("indicator.measure", number(text, m.getValue()), String.valueOf(m.getYear())))
                    .collect(Collectors.joining(" ; "))).raw("</tr>\n");
        }
        out.endTable();
    }

    private static String number(SiteText text, BigDecimal value) {
        return value == null ? "" : org.maillage.model.services.Amounts.format(value, text.locale());
    }
}
