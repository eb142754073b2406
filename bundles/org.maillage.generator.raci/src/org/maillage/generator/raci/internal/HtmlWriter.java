package org.maillage.generator.raci.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.maillage.generator.Markup;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Role;
import org.maillage.model.validation.Finding;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;
import org.maillage.model.services.Workload;

/**
 * The matrix as one self-contained HTML page to send by mail: titles rather than ids, role letters
 * always written and coloured per role (with a legend), sticky headers, the plan's period and
 * partners, a workload table per actor and a health check of the RACI rules. No script, no
 * external resource; a Content-Security-Policy forbids both.
 */
final class HtmlWriter {

    private final RaciMatrix matrix;
    private final List<Finding> findings;
    private final Locale locale;
    private final StringBuilder out = new StringBuilder();

    HtmlWriter(RaciMatrix matrix, List<Finding> findings, Locale locale) {
        this.matrix = matrix;
        this.findings = findings;
        this.locale = locale;
    }

    String write() {
        String title = RaciText.get(locale, "html.title", text(matrix.plan().getTitle()));
        out.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Markup.escape(title)).append("</title>\n<style>\n").append(RaciText.CSS);
        Raci.COLOURS.forEach((role, colour) -> out.append(".role-").append(role.getLiteral()).append("{background:#")
                .append(colour).append(";}\n"));
        out.append("</style>\n</head>\n<body>\n<h1>").append(Markup.escape(title)).append("</h1>\n");
        header();
        legend();
        matrix();
        workload();
        healthCheck();
        out.append("</body>\n</html>\n");
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
            out.append(first ? "<tr class=\"first\">" : "<tr>").append("<th scope=\"row\">")
                    .append(first ? Markup.escape(text(row.action().getTitle())) : "").append("</th><td>")
                    .append(Markup.escape(row.function() == null ? "" : text(row.function().getTitle())));
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

    private void healthCheck() {
        out.append("<h2>").append(Markup.escape(RaciText.get(locale, "html.health"))).append("</h2>\n");
        if (findings.isEmpty()) {
            out.append("<p class=\"ok\">").append(Markup.escape(RaciText.get(locale, "html.healthy"))).append("</p>\n");
            return;
        }
        out.append("<ul class=\"health\">\n");
        for (Finding finding : findings) {
            out.append("<li><strong>").append(Markup.escape(finding.code())).append("</strong> ")
                    .append(Markup.escape(finding.message()));
            if (finding.hint() != null) {
                out.append(" <em>").append(Markup.escape(finding.hint())).append("</em>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private boolean hasProblem(RaciMatrix.Row row) {
        return findings.stream().anyMatch(f -> f.target() == Raci.firstEntry(row.action(), row.function()));
    }

    private static String badge(Role role) {
        return "<span class=\"role role-" + role.getLiteral() + "\">" + role.getLiteral() + "</span>";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
