package org.maillage.generator.site.internal;

import java.util.List;

import org.maillage.model.coop.NamedElement;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.Severity;

/**
 * The health check: every finding of the rule catalogue, grouped by severity (sections
 * {@code error}, {@code warning}, {@code info}), each with what it concerns and a link to where
 * the site shows it next to that; findings on nothing with a page of its own are anchored here.
 */
final class FindingsPage {

    private FindingsPage() {
    }

    static String body(Site site) {
        SiteText text = site.text();
        Html out = new Html();
        List<Finding> all = site.findings().all();
        out.el("p", all.isEmpty() ? text.get("findings.none") : text.get("findings.intro", all.size()));
        for (Severity severity : Severity.values()) {
            out.raw("<h2 id=\"").raw(severity.word()).raw("\">").text(text.get("severity.plural." + severity.word()))
                    .raw("</h2>\n<ul class=\"findings\">");
            boolean any = false;
            for (int number = 0; number < all.size(); number++) {
                Finding finding = all.get(number);
                if (finding.severity() != severity) {
                    continue;
                }
                any = true;
                NamedElement holder = site.findings().holder(number);
                String href = holder == null ? null : site.href(holder);
                out.raw(href == null ? "<li id=\"finding-" + number + "\">" : "<li>");
                if (href != null) {
                    out.link(site.findingHref(number), SiteText.title(holder)).text(text.get("colon"));
                }
                Fragments.finding(out, site, finding);
                out.raw("</li>\n");
            }
            if (!any) {
                out.el("li", text.get("findings.noneOf"));
            }
            out.raw("</ul>\n");
        }
        return out.toString();
    }
}
