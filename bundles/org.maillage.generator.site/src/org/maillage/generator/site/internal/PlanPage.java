package org.maillage.generator.site.internal;

import java.util.List;

import org.maillage.diagram.DiagramKind;
import org.maillage.generator.finance.internal.FinanceHtml;
import org.maillage.generator.raci.RaciHtml;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Plan;

/**
 * A plan's page: its period and partners, its two diagrams with a text alternative, the RACI
 * matrix, the financing plan per action and per funder, then every action and convention in a
 * section of its own (anchors {@code action-Id}, {@code convention-Id}) with the findings that
 * concern it. A plan of more than {@link SiteIndex#PART_SIZE} actions lists its actions here
 * by part, each row with status, owner and cost, and gives the matrix, the financing per action
 * and the actions' sections on the part's page ({@link PlanPartPage}); the totals per funder
 * stay here.
 */
final class PlanPage {

    private PlanPage() {
    }

    static String body(Site site, Plan plan) {
        SiteText text = site.text();
        Html out = new Html();
        out.raw("<dl class=\"facts\">");
        Fragments.fact(out, text.get("plan.period"), text.get("plan.years", String.valueOf(plan.getFromYear()),
                String.valueOf(plan.getToYear())));
        Fragments.fact(out, text.get("plan.counts"), text.get("plan.countsValue", plan.getActions().size(),
                plan.getConventions().size()));
        Fragments.fact(out, site, text.get("plan.partners"), plan.getPartners());
        out.raw("</dl>\n");
        Fragments.findings(out, site, plan);
        contents(out, text);

        out.raw("<h2 id=\"diagrams\">").text(text.get("plan.diagrams")).raw("</h2>\n");
        for (DiagramKind kind : DiagramKind.values()) {
            DiagramFigure.write(out, site, plan, kind);
        }
        List<List<Action>> parts = site.index().parts.get(plan);
        if (parts == null) {
            raci(out, site, plan, plan.getActions(), text.get("plan.raciCaption", SiteText.title(plan)));
            out.raw("<h2 id=\"financing\">").text(text.get("plan.financing")).raw("</h2>\n");
            if (financed(plan.getActions())) {
                out.raw(FinanceHtml.tables(plan, site.findings().forPlan(plan), text.locale(), "h3"));
            } else {
                out.el("p class=\"muted\"", text.get("plan.noFinancing"));
            }
            actions(out, site, plan.getActions());
        } else {
            PlanPartPage.overview(out, site, plan, parts);
        }
        out.raw("<h2 id=\"conventions\">").text(text.get("plan.conventions")).raw("</h2>\n");
        if (plan.getConventions().isEmpty()) {
            out.el("p class=\"muted\"", text.get("plan.none"));
        }
        for (Convention convention : plan.getConventions()) {
            ConventionSection.write(out, site, convention);
        }
        return out.toString();
    }

    static void contents(Html out, SiteText text, String... parts) {
        out.raw("<nav aria-label=\"").text(text.get("plan.contents")).raw("\"><ul>");
        for (String part : parts.length > 0 ? parts : new String[] {"diagrams", "raci", "financing", "actions", "conventions"}) {
            out.raw("<li><a href=\"#").raw(part).raw("\">").text(text.get("plan." + part)).raw("</a></li>");
        }
        out.raw("</ul></nav>\n");
    }

    /** The RACI matrix of some of the plan's actions (its columns the actors holding a role in them). */
    static void raci(Html out, Site site, Plan plan, List<Action> actions, String caption) {
        SiteText text = site.text();
        out.raw("<h2 id=\"raci\">").text(text.get("plan.raci")).raw("</h2>\n").raw(RaciHtml.legend(text.locale()))
                .raw(RaciHtml.matrix(PlanPartPage.matrix(site.index().matrices.get(plan), actions),
                        plan.getConventions(), site.findings().near(actions), text.locale(), caption));
    }

    static boolean financed(List<Action> actions) {
        return actions.stream().anyMatch(a -> a.getCost() != null || !a.getFundings().isEmpty());
    }

    /** The actions' sections under their heading. */
    static void actions(Html out, Site site, List<Action> actions) {
        out.raw("<h2 id=\"actions\">").text(site.text().get("plan.actions")).raw("</h2>\n");
        if (actions.isEmpty()) {
            out.el("p class=\"muted\"", site.text().get("plan.none"));
        }
        for (Action action : actions) {
            ActionSection.write(out, site, action);
        }
    }
}
