package org.maillage.generator.raci.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.maillage.generator.HtmlPage;
import org.maillage.generator.Markup;
import org.maillage.generator.raci.RaciHtml;
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
        String title = RaciText.get(locale, "html.title", text(matrix.plan().getTitle()));
        out.append(HtmlPage.start(locale.getLanguage(), title, RaciHtml.css()));
        header();
        out.append(RaciHtml.legend(locale));
        out.append(RaciHtml.matrix(matrix, conventions, findings, locale, title));
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

    private void workload() {
        out.append("<h2>").append(Markup.escape(RaciText.get(locale, "html.workload"))).append("</h2>\n")
                .append("<table class=\"workload\"><thead><tr><th>")
                .append(Markup.escape(RaciText.get(locale, "html.actor"))).append("</th>");
        Raci.CELL_ORDER.forEach(r -> out.append("<th>").append(RaciHtml.badge(r)).append("</th>"));
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
        allPlans.forEach(m -> out.append("<th>").append(RaciHtml.badge(Role.A)).append("</th><th>").append(RaciHtml.badge(Role.R))
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

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
