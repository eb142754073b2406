package org.maillage.vcs.internal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.maillage.generator.Markup;
import org.maillage.model.services.Localization;
import org.maillage.vcs.Change;
import org.maillage.vcs.Version;
import org.maillage.vcs.internal.RoleChanges;
import org.maillage.vcs.internal.VcsMessages;

/**
 * The diff as one self-contained HTML page for partners: per plan, the RACI matrix of the newer
 * version with every changed cell marked (a border, the word of the change and both values, the
 * old one struck through: never by colour alone), then every change as the text report lists it.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String write(Version before, Version after, List<Change> changes, Locale locale) {
        Map<String, String> renames = new HashMap<>();
        changes.stream().filter(c -> c.kind() == Change.Kind.RENAMED).forEach(c -> renames.put(c.before(), c.after()));
        Map<String, Map<String, String>> old = RoleChanges.cells(before.coopFiles(), renames);
        Map<String, Map<String, String>> now = RoleChanges.cells(after.coopFiles(), Map.of());
        Map<String, Map<String, String>> rows = new LinkedHashMap<>(now);
        old.forEach(rows::putIfAbsent);
        StringBuilder html = new StringBuilder();
        String lang = Localization.supported(locale) == Locale.ENGLISH ? "en" : "fr";
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(VcsMessages.get(locale, "html.title", before.label(), after.label())))
                .append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em;color:#111}table{border-collapse:collapse;margin:1em 0}")
                .append("th,td{border:1px solid #999;padding:.3em .6em;text-align:center}th.row{text-align:left}")
                .append("td.changed{border:3px solid #000;background:#fff3c4}del{color:#7a0000}ins{text-decoration:none;font-weight:bold}")
                .append("li{font-family:monospace;margin:.2em 0}\n</style>\n</head>\n<body>\n<h1>")
                .append(escape(VcsMessages.get(locale, "html.title", before.label(), after.label()))).append("</h1>\n<p>")
                .append(escape(VcsMessages.get(locale, "html.legend"))).append("</p>\n");
        for (Map.Entry<String, List<String>> plan : byPlan(rows).entrySet()) {
            matrix(html, plan.getKey(), plan.getValue(), old, now, locale);
        }
        html.append("<h2>").append(escape(VcsMessages.get(locale, "html.changes", changes.size()))).append("</h2>\n<ul>\n");
        for (Change change : changes) {
            html.append("<li>").append(escape(TextReport.line(change, locale))).append("</li>\n");
        }
        return html.append("</ul>\n</body>\n</html>\n").toString();
    }

    private static Map<String, List<String>> byPlan(Map<String, Map<String, String>> rows) {
        Map<String, List<String>> plans = new LinkedHashMap<>();
        for (String row : rows.keySet()) {
            plans.computeIfAbsent(row.substring(0, row.indexOf('/')), p -> new ArrayList<>()).add(row);
        }
        return plans;
    }

    private static void matrix(StringBuilder html, String plan, List<String> rows, Map<String, Map<String, String>> old,
            Map<String, Map<String, String>> now, Locale locale) {
        Set<String> actors = new LinkedHashSet<>();
        rows.forEach(row -> actors.addAll(now.getOrDefault(row, Map.of()).keySet()));
        rows.forEach(row -> actors.addAll(old.getOrDefault(row, Map.of()).keySet()));
        html.append("<h2>").append(escape(plan)).append("</h2>\n<table>\n<tr><th>")
                .append(escape(VcsMessages.get(locale, "html.action"))).append("</th><th>")
                .append(escape(VcsMessages.get(locale, "html.function"))).append("</th>");
        actors.forEach(actor -> html.append("<th>").append(escape(actor)).append("</th>"));
        html.append("</tr>\n");
        for (String row : rows) {
            String[] parts = row.split("/", 3);
            html.append("<tr><th class=\"row\">").append(escape(parts[1])).append("</th><th class=\"row\">")
                    .append(escape(parts[2])).append("</th>");
            for (String actor : actors) {
                String was = old.getOrDefault(row, Map.of()).getOrDefault(actor, "");
                String is = now.getOrDefault(row, Map.of()).getOrDefault(actor, "");
                if (was.equals(is)) {
                    html.append("<td>").append(escape(is)).append("</td>");
                } else {
                    html.append("<td class=\"changed\" title=\"").append(escape(VcsMessages.get(locale, "html.cell",
                            TextReport.value(was, false, locale), TextReport.value(is, false, locale))))
                            .append("\">").append(escape(VcsMessages.get(locale, "html.changedWord"))).append(" <del>")
                            .append(escape(TextReport.value(was, false, locale))).append("</del> → <ins>")
                            .append(escape(TextReport.value(is, false, locale))).append("</ins></td>");
                }
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static String escape(String text) {
        return Markup.escape(text);
    }
}
