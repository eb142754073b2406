package org.maillage.generator.raci;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;

import org.maillage.generator.Markup;
import org.maillage.generator.raci.internal.ActionFacts;
import org.maillage.generator.raci.internal.FindingPlaces;
import org.maillage.generator.raci.internal.RaciText;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;
import org.maillage.model.validation.Finding;

/**
 * The RACI matrix as HTML pieces, for the RACI page and for any page that shows a plan (the
 * published site): the role legend, the matrix table and the role badges, with their style.
 * Roles are always written as letters (never shown by colour alone); user text is escaped.
 */
public final class RaciHtml {

    private RaciHtml() {
    }

    /**
     * The style of the pieces: the matrix's rules and one background colour per role, its letter
     * in white or black, whichever reads better on it (WCAG contrast, at least 4.5:1 for every
     * role colour).
     */
    public static String css() {
        StringBuilder css = new StringBuilder(RaciText.CSS);
        Raci.COLOURS.forEach((role, colour) -> css.append(".role-").append(role.getLiteral()).append("{background:#")
                .append(colour).append(";color:").append(letterColour(colour)).append(";}\n"));
        return css.toString();
    }

    /** {@code #ffffff} or {@code #000000}: the one of higher contrast on the colour RRGGBB. */
    static String letterColour(String rrggbb) {
        double luminance = 0.2126 * channel(rrggbb, 0) + 0.7152 * channel(rrggbb, 2) + 0.0722 * channel(rrggbb, 4);
        double onWhite = 1.05 / (luminance + 0.05);
        double onBlack = (luminance + 0.05) / 0.05;
        return onWhite >= onBlack ? "#ffffff" : "#000000";
    }

    private static double channel(String rrggbb, int at) {
        double c = Integer.parseInt(rrggbb.substring(at, at + 2), 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** A role letter in its badge. */
    public static String badge(Role role) {
        return "<span class=\"role role-" + role.getLiteral() + "\">" + role.getLiteral() + "</span>";
    }

    /** The role letters and their meaning, as a list. */
    public static String legend(Locale locale) {
        StringBuilder out = new StringBuilder("<ul class=\"legend\" aria-label=\"")
                .append(Markup.escape(RaciText.get(locale, "html.legend"))).append("\">\n");
        for (Role role : Raci.CELL_ORDER) {
            out.append("<li>").append(badge(role)).append(' ')
                    .append(Markup.escape(RaciText.get(locale, "role." + role.getLiteral()))).append("</li>\n");
        }
        return out.append("</ul>\n").toString();
    }

    /**
     * The matrix in a scrolling frame (focusable, so that a keyboard scrolls it): one row per
     * action and function, grouped by action with its facts under its title, actors in columns,
     * a mark on rows a finding of {@code findings} concerns. {@code caption} names the table.
     */
    public static String matrix(RaciMatrix matrix, List<Convention> conventions, List<Finding> findings,
            Locale locale, String caption) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").append(Markup.escape(caption))
                .append("\"><table class=\"raci\">\n<caption class=\"visually-hidden\">").append(Markup.escape(caption))
                .append("</caption>\n<thead><tr><th scope=\"col\">").append(Markup.escape(RaciText.get(locale, "html.action")))
                .append("</th><th scope=\"col\">").append(Markup.escape(RaciText.get(locale, "html.function"))).append("</th>");
        for (Actor actor : matrix.actors()) {
            out.append("<th scope=\"col\" title=\"").append(Markup.escape(actor.getName())).append("\">")
                    .append(Markup.escape(text(actor.getTitle()))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        Set<FunctionAssignment> flagged = new HashSet<>();
        findings.forEach(f -> flagged.add(FindingPlaces.entry(f.target())));
        flagged.remove(null);
        Object previous = null;
        for (RaciMatrix.Row row : matrix.rows()) {
            boolean first = row.action() != previous;
            previous = row.action();
            out.append(first ? "<tr class=\"first\">" : "<tr>").append("<th scope=\"row\">");
            if (first) {
                out.append(Markup.escape(text(row.action().getTitle())));
                facts(out, ActionFacts.of(row.action(), conventions, locale));
            }
            out.append("</th><td>").append(Markup.escape(row.function() == null ? "" : text(row.function().getTitle())));
            if (flagged.contains(Raci.firstEntry(row.action(), row.function()))) {
                String problem = Markup.escape(RaciText.get(locale, "html.problem"));
                out.append(" <span class=\"warn\" title=\"").append(problem).append("\">⚠<span class=\"visually-hidden\">")
                        .append(problem).append("</span></span>");
            }
            out.append("</td>");
            for (Actor actor : matrix.actors()) {
                out.append("<td class=\"cell\">");
                Raci.CELL_ORDER.stream().filter(row.roles(actor)::contains).forEach(r -> out.append(badge(r)));
                out.append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody></table></div>\n").toString();
    }

    private static void facts(StringBuilder out, List<String> facts) {
        if (!facts.isEmpty()) {
            out.append("<small class=\"facts\">");
            facts.forEach(fact -> out.append("<span>").append(Markup.escape(fact)).append("</span>"));
            out.append("</small>");
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
