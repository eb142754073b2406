package org.maillage.generator.site.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.diagram.DiagramKind;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.Territory;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;

/**
 * A plan's diagram on its page: the picture (an SVG file beside the page, shown as an image, so
 * that nothing in it can run) and a text alternative listing what it shows — for the map, the
 * territories with the actors placed in them, the conventions with their parties and the
 * delegations from the actor holding A to the one holding R; for the who-does-what diagram, the
 * RACI matrix of the same page, which holds the same facts.
 */
final class DiagramFigure {

    private DiagramFigure() {
    }

    /** The picture's file: {@code <plan page>-<map|who-does-what>.<lang>.svg}. */
    static String file(Site site, Plan plan, DiagramKind kind, String language) {
        return site.names().base(plan) + "-" + kind.fileSuffix() + "." + language + ".svg";
    }

    static void write(Html out, Site site, Plan plan, DiagramKind kind) {
        SiteText text = site.text();
        String name = text.get("diagram." + kind.fileSuffix());
        out.raw("<figure>\n").el("figcaption", name).raw("<img src=\"").text(file(site, plan, kind, site.language()))
                .raw("\" alt=\"").text(text.get("diagram.alt", name, SiteText.title(plan))).raw("\">\n")
                .raw("<details><summary>").text(text.get("diagram.description", name)).raw("</summary>\n");
        if (kind == DiagramKind.MAP) {
            map(out, site, plan);
        } else {
            out.raw("<p>").text(text.get("diagram.whoDoesWhat")).raw(" <a href=\"#raci\">").text(text.get("plan.raci"))
                    .raw("</a></p>\n");
        }
        out.raw("</details>\n</figure>\n");
    }

    private static void map(Html out, Site site, Plan plan) {
        SiteText text = site.text();
        RaciMatrix matrix = site.index().matrices.get(plan);
        Set<Actor> actors = new LinkedHashSet<>(matrix.actors());
        plan.getPartners().stream().filter(SiteIndex::live).forEach(actors::add);
        plan.getConventions().forEach(c -> c.getParties().stream().filter(SiteIndex::live).forEach(actors::add));
        Map<Territory, List<Actor>> placed = new LinkedHashMap<>();
        List<Actor> nowhere = new ArrayList<>();
        for (Actor actor : actors) {
            Territory first = actor.getCovers().stream().filter(SiteIndex::live).findFirst().orElse(null);
            if (first == null) {
                nowhere.add(actor);
            } else {
                placed.computeIfAbsent(first, t -> new ArrayList<>()).add(actor);
            }
        }
        out.el("h3", text.get("diagram.territories")).raw("<ul>");
        placed.forEach((territory, in) -> {
            out.raw("<li>");
            Fragments.link(out, site, territory);
            if (SiteIndex.live(territory.getWithin())) {
                out.text(" (" + text.get("territory.within") + " " + SiteText.title(territory.getWithin()) + ")");
            }
            out.text(text.get("colon"));
            Fragments.links(out, site, in);
            out.raw("</li>");
        });
        if (!nowhere.isEmpty()) {
            out.raw("<li>").text(text.get("diagram.noTerritory") + text.get("colon"));
            Fragments.links(out, site, nowhere);
            out.raw("</li>");
        }
        out.raw("</ul>\n");
        if (!plan.getConventions().isEmpty()) {
            out.el("h3", text.get("plan.conventions")).raw("<ul>");
            for (Convention convention : plan.getConventions()) {
                out.raw("<li>");
                Fragments.link(out, site, convention);
                out.text(text.get("colon"));
                Fragments.links(out, site, convention.getParties());
                out.raw("</li>");
            }
            out.raw("</ul>\n");
        }
        Map<String, Set<String>> delegations = new LinkedHashMap<>();
        for (RaciMatrix.Row row : matrix.rows()) {
            for (Actor accountable : Raci.holders(row.cells(), Role.A)) {
                for (Actor responsible : Raci.holders(row.cells(), Role.R)) {
                    if (responsible != accountable && row.function() != null) {
                        delegations.computeIfAbsent(SiteText.title(accountable) + " → " + SiteText.title(responsible),
                                k -> new LinkedHashSet<>()).add(SiteText.title(row.function()));
                    }
                }
            }
        }
        if (!delegations.isEmpty()) {
            out.el("h3", text.get("diagram.delegations")).raw("<ul>");
            delegations.forEach((pair, functions) -> out.el("li", pair + text.get("colon") + String.join(", ", functions)));
            out.raw("</ul>\n");
        }
    }

}
