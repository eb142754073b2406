package org.maillage.generator.site.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Body;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.services.LifeCycle;
import org.maillage.model.services.Raci;

/**
 * An actor's page: kind, legal form, territories, bodies; its roles across all plans (counts of
 * A, R, S, C, I per plan, then each action with its letters, grouped by plan), the actions it
 * owns, its conventions with their current status, the funding it brings, and the findings
 * that concern it.
 */
final class ActorPage {

    private ActorPage() {
    }

    static String body(Site site, Actor actor) {
        SiteText text = site.text();
        SiteIndex index = site.index();
        Html out = new Html();
        out.raw("<dl class=\"facts\">");
        Fragments.fact(out, text.get("actor.kind"), text.label(actor.getKind()));
        if (actor.isSetForm()) {
            Fragments.fact(out, text.get("actor.form"), text.label(actor.getForm()));
        }
        Fragments.fact(out, site, text.get("actor.covers"), actor.getCovers());
        for (Body body : actor.getBodies()) {
            Fragments.fact(out, text.label(body.getRole()), body.getDescription());
        }
        out.raw("</dl>\n");
        Fragments.findings(out, site, actor);

        Map<Plan, List<SiteIndex.Involvement>> involvements = index.involvements.getOrDefault(actor, Map.of());
        out.el("h2", text.get("actor.roles"));
        if (involvements.isEmpty()) {
            out.el("p class=\"muted\"", text.get("actor.noRole"));
        } else {
            out.raw(org.maillage.generator.raci.RaciHtml.legend(text.locale()));
            out.raw("<table class=\"counts\">").el("caption", text.get("actor.rolesCaption", SiteText.title(actor)))
                    .raw("<thead><tr>").columns(text.get("home.plan"));
            Raci.CELL_ORDER.forEach(role -> out.raw("<th scope=\"col\" class=\"num\">").raw(
                    org.maillage.generator.raci.RaciHtml.badge(role)).raw("</th>"));
            out.raw("</tr></thead>\n<tbody>\n");
            involvements.forEach((plan, list) -> {
                out.raw("<tr><th scope=\"row\">");
                Fragments.link(out, site, plan);
                out.raw("</th>");
                Map<Role, Integer> counts = index.counts(actor, plan);
                Raci.CELL_ORDER.forEach(role -> out.el("td class=\"num\"", String.valueOf(counts.get(role))));
                out.raw("</tr>\n");
            });
            out.endTable();
            involvements.forEach((plan, list) -> {
                if (list.isEmpty()) {
                    return;
                }
                out.el("h3", text.get("actor.actionsIn", SiteText.title(plan))).raw("<ul>");
                for (SiteIndex.Involvement involvement : list) {
                    out.raw("<li>");
                    Fragments.roles(out, involvement.roles());
                    out.raw(" ");
                    Fragments.link(out, site, involvement.action());
                    out.raw("</li>");
                }
                out.raw("</ul>\n");
            });
        }
        List<Action> owned = index.owned.getOrDefault(actor, List.of());
        if (!owned.isEmpty()) {
            out.el("h2", text.get("actor.owned")).raw("<ul>");
            for (Action action : owned) {
                out.raw("<li>");
                Fragments.link(out, site, action);
                String status = LifeCycle.describe(action, text.locale());
                out.text(status.isEmpty() ? "" : " – " + status).raw("</li>");
            }
            out.raw("</ul>\n");
        }
        Set<Convention> conventions = index.conventions.getOrDefault(actor, Set.of());
        if (!conventions.isEmpty()) {
            out.el("h2", text.get("actor.conventions")).raw("<ul>");
            for (Convention convention : conventions) {
                out.raw("<li>");
                Fragments.link(out, site, convention);
                String status = LifeCycle.describe(convention, text.locale());
                out.text(" – " + text.label(convention.getKind()) + (status.isEmpty() ? "" : " – " + status)).raw("</li>");
            }
            out.raw("</ul>\n");
        }
        funding(out, site, index.payments.getOrDefault(actor, List.of()));
        return out.toString();
    }

    private static void funding(Html out, Site site, List<SiteIndex.Payment> payments) {
        if (payments.isEmpty()) {
            return;
        }
        SiteText text = site.text();
        out.el("h2", text.get("actor.funding"));
        out.table("payments", text.get("actor.fundingCaption"), text.get("actor.fundingFor"), text.get("home.source"),
                text.get("actor.fundingAs"), text.get("home.amount"));
        BigDecimal total = BigDecimal.ZERO;
        for (SiteIndex.Payment payment : payments) {
            BigDecimal amount = payment.counterpart() ? payment.line().getCounterpartAmount() : payment.line().getAmount();
            total = total.add(amount == null ? BigDecimal.ZERO : amount);
            out.raw("<tr><th scope=\"row\">");
            Fragments.link(out, site, payment.action() != null ? payment.action() : payment.convention());
            out.raw("</th>").el("td", text.label(payment.line().getSource()))
                    .el("td", text.get(payment.counterpart() ? "actor.asCounterpart" : "actor.asPayer"))
                    .el("td class=\"num\"", text.euros(amount)).raw("</tr>\n");
        }
        out.raw("</tbody><tfoot><tr>").el("th scope=\"row\" colspan=\"3\"", text.get("actor.total"))
                .el("td class=\"num\"", text.euros(total)).raw("</tr></tfoot></table>\n");
    }
}
