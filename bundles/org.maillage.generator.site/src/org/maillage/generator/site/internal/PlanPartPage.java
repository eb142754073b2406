package org.maillage.generator.site.internal;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.maillage.generator.finance.internal.FinanceHtml;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Plan;
import org.maillage.model.services.LifeCycle;
import org.maillage.model.services.RaciMatrix;

/**
 * A long plan (more than {@link SiteIndex#PART_SIZE} actions) shown in parts, so that each page
 * stays readable and light: on the plan's page, its actions listed by part (status, project
 * owner, cost) with a link to each part and the totals per funder; on each part's page
 * ({@code plan-<id>-actions-<n>}), the RACI matrix of its actions (columns: the actors holding a
 * role in them), the financing per action and each action's section.
 */
final class PlanPartPage {

    private PlanPartPage() {
    }

    /** The plan's page's sections on its actions, for a plan in parts. */
    static void overview(Html out, Site site, Plan plan, List<List<Action>> parts) {
        SiteText text = site.text();
        String base = site.names().base(plan);
        out.raw("<h2 id=\"raci\">").text(text.get("plan.raci")).raw("</h2>\n").el("p", text.get("plan.raciInParts"));
        partLinks(out, site, plan, parts, 0, "#raci");
        out.raw("<h2 id=\"financing\">").text(text.get("plan.financing")).raw("</h2>\n");
        if (PlanPage.financed(plan.getActions())) {
            out.el("p", text.get("plan.financingInParts"));
            partLinks(out, site, plan, parts, 0, "#financing");
            out.raw(FinanceHtml.funders(plan, site.findings().near(plan.getActions()), text.locale(), "h3"));
        } else {
            out.el("p class=\"muted\"", text.get("plan.noFinancing"));
        }
        out.raw("<h2 id=\"actions\">").text(text.get("plan.actions")).raw("</h2>\n").el("p", text.get("plan.partsIntro",
                String.valueOf(plan.getActions().size()), String.valueOf(SiteIndex.PART_SIZE)));
        for (int n = 1; n <= parts.size(); n++) {
            List<Action> part = parts.get(n - 1);
            String range = range(text, n, part);
            out.raw("<h3 id=\"part-").raw(String.valueOf(n)).raw("\">").text(range).raw("</h3>\n<p>")
                    .link(site.href(PageNames.part(base, n)), text.get("plan.partLink", range)).raw("</p>\n");
            out.table("actions", text.get("plan.partCaption", range, SiteText.title(plan)), text.get("home.action"),
                    text.get("action.status"), text.get("action.owner"), text.get("action.cost"));
            for (Action action : part) {
                out.raw("<tr><th scope=\"row\">");
                Fragments.link(out, site, action);
                out.raw("</th>").el("td", LifeCycle.describe(action, text.locale())).raw("<td>");
                Actor owner = org.maillage.model.services.FinancingPlan.owner(action);
                if (SiteIndex.live(owner)) {
                    Fragments.link(out, site, owner);
                }
                out.raw("</td>").el("td class=\"num\"", action.getCost() == null ? "" : text.euros(action.getCost().getAmount()))
                        .raw("</tr>\n");
            }
            out.endTable();
        }
    }

    /** The title of part {@code n} of a plan. */
    static String title(Site site, Plan plan, int n) {
        return site.text().get("plan.partTitle", SiteText.title(plan), range(site.text(), n,
                site.index().parts.get(plan).get(n - 1)));
    }

    /** Part {@code n} (from 1) of a plan in parts. */
    static String body(Site site, Plan plan, int n) {
        SiteText text = site.text();
        List<List<Action>> parts = site.index().parts.get(plan);
        List<Action> part = parts.get(n - 1);
        Html out = new Html();
        out.raw("<p>").text(text.get("plan.partOf")).link(site.href(site.names().base(plan)), SiteText.title(plan))
                .raw("</p>\n");
        partLinks(out, site, plan, parts, n, "");
        PlanPage.contents(out, text, "raci", "financing", "actions");
        PlanPage.raci(out, site, plan, part, text.get("plan.partCaption", range(text, n, part), SiteText.title(plan)));
        out.raw("<h2 id=\"financing\">").text(text.get("plan.financing")).raw("</h2>\n");
        if (PlanPage.financed(part)) {
            out.raw(FinanceHtml.actions(plan, part, site.findings().near(part), text.locale()));
        } else {
            out.el("p class=\"muted\"", text.get("plan.noFinancing"));
        }
        PlanPage.actions(out, site, part);
        return out.toString();
    }

    /** The matrix's rows of some actions, its columns the actors holding a role in them. */
    static RaciMatrix matrix(RaciMatrix whole, List<Action> actions) {
        if (actions.size() == whole.plan().getActions().size()) {
            return whole;
        }
        Set<Action> wanted = new HashSet<>(actions);
        List<RaciMatrix.Row> rows = whole.rows().stream().filter(r -> wanted.contains(r.action())).toList();
        Set<Actor> used = new LinkedHashSet<>();
        rows.forEach(r -> used.addAll(r.cells().keySet()));
        return new RaciMatrix(whole.plan(), rows, whole.actors().stream().filter(used::contains).toList());
    }

    /** Links to the parts (in a navigation landmark on a part's page, {@code current} from 1; else 0). */
    private static void partLinks(Html out, Site site, Plan plan, List<List<Action>> parts, int current, String anchor) {
        SiteText text = site.text();
        String base = site.names().base(plan);
        if (current > 0) {
            out.raw("<nav aria-label=\"").text(text.get("plan.partsNav", SiteText.title(plan))).raw("\">");
        }
        out.raw("<ul class=\"pages\">");
        for (int n = 1; n <= parts.size(); n++) {
            out.raw("<li><a href=\"").text(site.href(PageNames.part(base, n)) + anchor).raw("\"")
                    .raw(n == current ? " aria-current=\"page\"" : "").raw(">").text(range(text, n, parts.get(n - 1)))
                    .raw("</a></li>");
        }
        out.raw(current > 0 ? "</ul></nav>\n" : "</ul>\n");
    }

    private static String range(SiteText text, int n, List<Action> part) {
        int from = (n - 1) * SiteIndex.PART_SIZE + 1;
        return text.get("plan.part", String.valueOf(from), String.valueOf(from + part.size() - 1));
    }
}
