package org.maillage.generator.site.internal;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.ActionStatus;
import org.maillage.model.coop.ActionStep;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionStatus;
import org.maillage.model.coop.ConventionStep;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.FundingSource;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Plan;
import org.maillage.model.services.LifeCycle;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.Severity;

/**
 * The home page: the cooperation in a few figures (plans, actions by status, conventions by
 * status, partners, cost and funding by source), the health check's counts by severity linking
 * to the findings, the plans, and the list of every actor, territory and objective.
 */
final class HomePage {

    private HomePage() {
    }

    static String body(Site site) {
        SiteText text = site.text();
        SiteIndex index = site.index();
        Html out = new Html();
        int actions = index.planOf.size();
        int conventions = index.plans.stream().mapToInt(p -> p.getConventions().size()).sum();
        Set<Actor> partners = new LinkedHashSet<>();
        index.plans.forEach(p -> p.getPartners().stream().filter(SiteIndex::live).forEach(partners::add));
        index.involvements.keySet().forEach(partners::add);
        BigDecimal cost = BigDecimal.ZERO;
        Map<FundingSource, BigDecimal> bySource = new EnumMap<>(FundingSource.class);
        BigDecimal counterparts = BigDecimal.ZERO;
        for (Action action : index.planOf.keySet()) {
            if (action.getCost() != null && action.getCost().getAmount() != null) {
                cost = cost.add(action.getCost().getAmount());
            }
            for (Funding line : action.getFundings()) {
                bySource.merge(line.getSource(), amount(line.getAmount()), BigDecimal::add);
                counterparts = counterparts.add(amount(line.getCounterpartAmount()));
            }
        }
        out.el("h2", text.get("home.figures")).raw("<ul class=\"figures\">");
        figure(out, String.valueOf(index.plans.size()), text.get("home.figure.plans"));
        figure(out, String.valueOf(actions), text.get("home.figure.actions"));
        figure(out, String.valueOf(conventions), text.get("home.figure.conventions"));
        figure(out, String.valueOf(partners.size()), text.get("home.figure.partners"));
        figure(out, text.euros(cost), text.get("home.figure.cost"));
        out.raw("</ul>\n");

        Map<Enumerator, Integer> actionStatus = new java.util.LinkedHashMap<>();
        for (ActionStatus status : ActionStatus.values()) {
            actionStatus.put(status, 0);
        }
        int noStatus = 0;
        for (Action action : index.planOf.keySet()) {
            ActionStep step = LifeCycle.current(action);
            if (step == null || step.getStatus() == null) {
                noStatus++;
            } else {
                actionStatus.merge(step.getStatus(), 1, Integer::sum);
            }
        }
        counts(out, text, text.get("home.actionsByStatus"), actionStatus, noStatus);
        Map<Enumerator, Integer> conventionStatus = new java.util.LinkedHashMap<>();
        for (ConventionStatus status : ConventionStatus.values()) {
            conventionStatus.put(status, 0);
        }
        noStatus = 0;
        for (Plan plan : index.plans) {
            for (Convention convention : plan.getConventions()) {
                ConventionStep step = LifeCycle.current(convention);
                if (step == null || step.getStatus() == null) {
                    noStatus++;
                } else {
                    conventionStatus.merge(step.getStatus(), 1, Integer::sum);
                }
            }
        }
        counts(out, text, text.get("home.conventionsByStatus"), conventionStatus, noStatus);
        if (!bySource.isEmpty()) {
            out.table("funding", text.get("home.fundingBySource"), text.get("home.source"), text.get("home.amount"));
            bySource.forEach((source, value) -> out.raw("<tr>").el("th scope=\"row\"", text.label(source))
                    .el("td class=\"num\"", text.euros(value)).raw("</tr>\n"));
            if (counterparts.signum() != 0) {
                out.raw("<tr>").el("th scope=\"row\"", text.get("home.counterparts")).el("td class=\"num\"",
                        text.euros(counterparts)).raw("</tr>\n");
            }
            out.endTable();
        }

        health(out, site);
        plans(out, site);
        directory(out, site, "home.actors", index.actors);
        directory(out, site, "home.territories", index.territories);
        directory(out, site, "home.objectives", index.objectives);
        return out.toString();
    }

    private static void figure(Html out, String value, String label) {
        out.raw("<li><strong>").text(value).raw("</strong>").text(label).raw("</li>");
    }

    private static void counts(Html out, SiteText text, String caption, Map<Enumerator, Integer> counts, int none) {
        out.table("counts", caption, text.get("home.status"), text.get("home.number"));
        counts.forEach((status, n) -> out.raw("<tr>").el("th scope=\"row\"", text.label(status))
                .el("td class=\"num\"", String.valueOf(n)).raw("</tr>\n"));
        out.raw("<tr>").el("th scope=\"row\"", text.get("home.noStatus")).el("td class=\"num\"", String.valueOf(none))
                .raw("</tr>\n").endTable();
    }

    private static void health(Html out, Site site) {
        SiteText text = site.text();
        out.raw("<h2 id=\"health\">").text(text.get("home.health")).raw("</h2>\n");
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity, 0);
        }
        for (Finding finding : site.findings().all()) {
            bySeverity.merge(finding.severity(), 1, Integer::sum);
        }
        out.raw("<ul>");
        bySeverity.forEach((severity, n) -> out.raw("<li><a href=\"").text(site.href(PageNames.FINDINGS)).raw("#")
                .raw(severity.word()).raw("\"><span class=\"sev sev-").raw(severity.word()).raw("\">")
                .text(text.get("severity.plural." + severity.word())).raw("</span></a>").text(text.get("colon") + n)
                .raw("</li>"));
        out.raw("</ul>\n");
    }

    private static void plans(Html out, Site site) {
        SiteText text = site.text();
        out.el("h2", text.get("home.plansTitle"));
        out.tableUnderHeading("plans", text.get("home.plansTitle"), text.get("home.plan"), text.get("plan.period"),
                text.get("home.actions"), text.get("home.conventions"));
        for (Plan plan : site.index().plans) {
            out.raw("<tr><th scope=\"row\">");
            Fragments.link(out, site, plan);
            out.raw("</th>").el("td", text.get("plan.years", String.valueOf(plan.getFromYear()),
                    String.valueOf(plan.getToYear()))).el("td class=\"num\"", String.valueOf(plan.getActions().size()))
                    .el("td class=\"num\"", String.valueOf(plan.getConventions().size())).raw("</tr>\n");
        }
        out.endTable();
    }

    private static void directory(Html out, Site site, String key, java.util.List<? extends NamedElement> elements) {
        if (elements.isEmpty()) {
            return;
        }
        out.el("h2", site.text().get(key)).raw("<ul class=\"columns\">");
        for (NamedElement element : elements) {
            out.raw("<li>");
            Fragments.link(out, site, element);
            out.raw("</li>");
        }
        out.raw("</ul>\n");
    }

    private static BigDecimal amount(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
