package org.maillage.generator.raci.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.maillage.generator.HtmlPage;
import org.maillage.generator.Markup;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;
import org.maillage.model.services.Workload;
import org.maillage.model.validation.Finding;

/**
 * The matrix as one self-contained HTML page to send by mail: titles rather than ids, role letters
 * always written and coloured per role (with a legend), sticky headers, the plan's period and
 * partners, under each action's title its owner, territory, objectives, status, cost and
 * conventions, a workload table per actor and one across all plans, and a health check listing
 * every finding of the rule catalogue on the plan's actions and conventions next to its row. No
 * script, no external resource; a Content-Security-Policy forbids both.
 */
final class HtmlWriter {

    private final RaciMatrix matrix;
    private final List<RaciMatrix> allPlans;
    private final List<Convention> conventions;
    private final List<Finding> findings;
    private final Locale locale;
    private final StringBuilder out = new StringBuilder();

    HtmlWriter(RaciMatrix matrix, List<RaciMatrix> allPlans, List<Convention> conventions, List<Finding> findings,
            Locale locale) {
        this.matrix = matrix;
        this.allPlans = allPlans;
        this.conventions = conventions;
        this.findings = findings;
        this.locale = locale;
    }

    String write() {
        StringBuilder css = new StringBuilder(RaciText.CSS);
        Raci.COLOURS.forEach((role, colour) -> css.append(".role-").append(role.getLiteral()).append("{background:#")
                .append(colour).append(";}\n"));
        out.append(HtmlPage.start(locale.getLanguage(), RaciText.get(locale, "html.title", text(matrix.plan().getTitle())),
                css.toString()));
        header();
        legend();
        matrix();
        workload();
        allPlansWorkload();
        healthCheck();
        out.append(HtmlPage.end());
        return out.toString();
    }

    private void header() {
        out.append("<p class=\"period\">").append(Markup.escape(RaciText.get(locale, "html.period",
                String.valueOf(matrix.plan().getFromYear()), String.valueOf(matrix.plan().getToYear()))))
                .append("</p>\n<p class=\"partners\">").append(Markup.escape(RaciText.get(locale, "html.partners")))
                .append(' ').append(Markup.escape(matrix.plan().getPartners().stream().map(a -> text(a.getTitle()))
                        .collect(Collectors.joining(", "))))
                .append("</p>\n");
    }

    private void legend() {
        out.append("<ul class=\"legend\" aria-label=\"").append(Markup.escape(RaciText.get(locale, "html.legend")))
                .append("\">\n");
        for (Role role : Raci.CELL_ORDER) {
            out.append("<li>").append(badge(role)).append(' ')
                    .append(Markup.escape(RaciText.get(locale, "role." + role.getLiteral()))).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private void matrix() {
        out.append("<div class=\"scroll\"><table class=\"raci\">\n<thead><tr><th>")
                .append(Markup.escape(RaciText.get(locale, "html.action"))).append("</th><th>")
                .append(Markup.escape(RaciText.get(locale, "html.function"))).append("</th>");
        for (Actor actor : matrix.actors()) {
            out.append("<th scope=\"col\" title=\"").append(Markup.escape(actor.getName())).append("\">")
                    .append(Markup.escape(text(actor.getTitle()))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        Object previous = null;
        for (RaciMatrix.Row row : matrix.rows()) {
            boolean first = row.action() != previous;
            previous = row.action();
            out.append(first ? "<tr class=\"first\">" : "<tr>").append("<th scope=\"row\">");
            if (first) {
                out.append(Markup.escape(text(row.action().getTitle())));
                facts(row);
            }
            out.append("</th><td>").append(Markup.escape(row.function() == null ? "" : text(row.function().getTitle())));
            if (hasProblem(row)) {
                out.append(" <span class=\"warn\" title=\"").append(Markup.escape(RaciText.get(locale, "html.problem")))
                        .append("\">⚠</span>");
            }
            out.append("</td>");
            for (Actor actor : matrix.actors()) {
                out.append("<td class=\"cell\">");
                Raci.CELL_ORDER.stream().filter(row.roles(actor)::contains).forEach(r -> out.append(badge(r)));
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div>\n");
    }

    private void facts(RaciMatrix.Row row) {
        List<String> facts = ActionFacts.of(row.action(), conventions, locale);
        if (!facts.isEmpty()) {
            out.append("<small class=\"facts\">");
            facts.forEach(fact -> out.append("<span>").append(Markup.escape(fact)).append("</span>"));
            out.append("</small>");
        }
    }

    private void workload() {
        out.append("<h2>").append(Markup.escape(RaciText.get(locale, "html.workload"))).append("</h2>\n")
                .append("<table class=\"workload\"><thead><tr><th>")
                .append(Markup.escape(RaciText.get(locale, "html.actor"))).append("</th>");
        Raci.CELL_ORDER.forEach(r -> out.append("<th>").append(badge(r)).append("</th>"));
        out.append("<th>").append(Markup.escape(RaciText.get(locale, "html.political"))).append("</th><th>")
                .append(Markup.escape(RaciText.get(locale, "html.technical"))).append("</th></tr></thead>\n<tbody>\n");
        for (Actor actor : matrix.actors()) {
            Workload workload = Workload.of(matrix, actor);
            out.append("<tr><th scope=\"row\">").append(Markup.escape(text(actor.getTitle()))).append("</th>");
            Raci.CELL_ORDER.forEach(r -> out.append("<td>").append(workload.count(r)).append("</td>"));
            out.append("<td>").append(workload.political()).append("</td><td>").append(workload.technical())
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private void allPlansWorkload() {
        AllPlansWorkload workload = new AllPlansWorkload(allPlans);
        out.append("<h2>").append(Markup.escape(RaciText.get(locale, "html.allPlans"))).append("</h2>\n")
                .append("<table class=\"all-plans\"><thead><tr><th rowspan=\"2\">")
                .append(Markup.escape(RaciText.get(locale, "html.actor"))).append("</th>");
        allPlans.forEach(m -> out.append("<th colspan=\"2\" scope=\"colgroup\">")
                .append(Markup.escape(text(m.plan().getTitle()))).append("</th>"));
        out.append("</tr><tr>");
        allPlans.forEach(m -> out.append("<th>").append(badge(Role.A)).append("</th><th>").append(badge(Role.R))
                .append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (Actor actor : workload.actors()) {
            out.append("<tr><th scope=\"row\">").append(Markup.escape(text(actor.getTitle()))).append("</th>");
            for (RaciMatrix plan : allPlans) {
                out.append("<td>").append(workload.count(plan, actor, Role.A)).append("</td><td>")
                        .append(workload.count(plan, actor, Role.R)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private void healthCheck() {
        out.append("<h2>").append(Markup.escape(RaciText.get(locale, "html.health"))).append("</h2>\n");
        if (findings.isEmpty()) {
            out.append("<p class=\"ok\">").append(Markup.escape(RaciText.get(locale, "html.healthy"))).append("</p>\n");
            return;
        }
        out.append("<p>").append(Markup.escape(RaciText.get(locale, "html.healthAll"))).append("</p>\n")
                .append("<table class=\"health\"><thead><tr><th>").append(Markup.escape(RaciText.get(locale, "html.where")))
                .append("</th><th>").append(Markup.escape(RaciText.get(locale, "html.code"))).append("</th><th>")
                .append(Markup.escape(RaciText.get(locale, "html.message"))).append("</th></tr></thead>\n<tbody>\n");
        for (Finding finding : findings) {
            out.append("<tr><th scope=\"row\">").append(Markup.escape(FindingPlaces.row(finding)))
                    .append("</th><td><strong>").append(Markup.escape(finding.code())).append("</strong></td><td>")
                    .append(Markup.escape(finding.message()));
            if (finding.hint() != null) {
                out.append(" <em>").append(Markup.escape(finding.hint())).append("</em>");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private boolean hasProblem(RaciMatrix.Row row) {
        var entry = Raci.firstEntry(row.action(), row.function());
        return findings.stream().anyMatch(f -> entry != null && FindingPlaces.entry(f.target()) == entry);
    }

    private static String badge(Role role) {
        return "<span class=\"role role-" + role.getLiteral() + "\">" + role.getLiteral() + "</span>";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
