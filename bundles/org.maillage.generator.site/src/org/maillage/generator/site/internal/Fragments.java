package org.maillage.generator.site.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.maillage.generator.raci.RaciHtml;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.model.validation.Finding;

/** Pieces several pages share: links to elements, role letters, the findings next to an element. */
final class Fragments {

    private Fragments() {
    }

    /** A link to the element's page or place, or its title as text when it has none. */
    static void link(Html out, Site site, NamedElement element) {
        String href = site.href(element);
        if (href == null) {
            out.text(SiteText.title(element));
        } else {
            out.link(href, SiteText.title(element));
        }
    }

    /** Links to the elements, separated by commas. */
    static void links(Html out, Site site, Collection<? extends NamedElement> elements) {
        boolean first = true;
        for (NamedElement element : elements) {
            if (element == null || element.eIsProxy()) {
                continue;
            }
            out.raw(first ? "" : ", ");
            link(out, site, element);
            first = false;
        }
    }

    /** The role letters in the order A, R, S, C, I, each in its badge (letters, not colour alone). */
    static void roles(Html out, Set<Role> roles) {
        Raci.CELL_ORDER.stream().filter(roles::contains).forEach(role -> out.raw(RaciHtml.badge(role)));
    }

    /** The findings shown next to {@code element}, each with its anchor, severity in words, code, message and hint. */
    static void findings(Html out, Site site, Object element) {
        List<Integer> numbers = element == null ? List.of() : site.findings().of((org.eclipse.emf.ecore.EObject) element);
        if (numbers.isEmpty()) {
            return;
        }
        out.raw("<ul class=\"findings\" aria-label=\"").text(site.text().get("findings.here")).raw("\">");
        for (int number : numbers) {
            out.raw("<li id=\"finding-").raw(String.valueOf(number)).raw("\">");
            finding(out, site, site.findings().get(number));
            out.raw("</li>");
        }
        out.raw("</ul>\n");
    }

    /** One finding: severity word, code, message, hint. */
    static void finding(Html out, Site site, Finding finding) {
        String severity = finding.severity().word();
        out.raw("<span class=\"sev sev-").raw(severity).raw("\">").text(site.text().get("severity." + severity))
                .raw("</span> <code>").text(finding.code()).raw("</code> ").text(finding.message());
        if (finding.hint() != null) {
            out.raw(" <em>").text(finding.hint()).raw("</em>");
        }
    }

    /** A {@code <dt>}/{@code <dd>} pair linking to an element, skipped without one. */
    static void fact(Html out, Site site, String term, NamedElement element) {
        if (SiteIndex.live(element)) {
            out.el("dt", term).raw("<dd>");
            link(out, site, element);
            out.raw("</dd>");
        }
    }

    /** A {@code <dt>}/{@code <dd>} pair linking to elements, skipped without any. */
    static void fact(Html out, Site site, String term, Collection<? extends NamedElement> elements) {
        if (!elements.isEmpty()) {
            out.el("dt", term).raw("<dd>");
            links(out, site, elements);
            out.raw("</dd>");
        }
    }

    /** A step of a life cycle: "Signée le 1er mars 2024", or the status alone without a date. */
    static String step(SiteText text, org.eclipse.emf.common.util.Enumerator status, String date) {
        return org.maillage.model.services.LifeCycle.words(text.label(status), date, text.locale());
    }

    /** A {@code <dt>}/{@code <dd>} pair with text, skipped when the text is empty. */
    static void fact(Html out, String term, String value) {
        if (value != null && !value.isEmpty()) {
            out.el("dt", term).el("dd", value);
        }
    }
}
