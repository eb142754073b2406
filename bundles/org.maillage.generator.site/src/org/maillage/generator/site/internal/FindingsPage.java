package org.maillage.generator.site.internal;

import java.util.List;

import org.maillage.model.coop.NamedElement;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.Severity;

/**
 * The health check: every finding of the rule catalogue, grouped by severity (sections
 * {@code error}, {@code warning}, {@code info}), each with what it concerns and a link to where
 * the site shows it next to that; findings on nothing with a page of its own are anchored here.
 * Beyond {@link FindingPlaces#PAGE_SIZE} findings, this page counts them per severity and links
 * to pages of at most that many findings of one severity ({@code findings-<severity>-<n>}).
 */
final class FindingsPage {

    /** Page {@code number} (from 1) of the findings of a severity, on a large model. */
    record Page(String base, String title, Severity severity, int number) {
    }

    private FindingsPage() {
    }

    static String body(Site site) {
        SiteText text = site.text();
        Html out = new Html();
        List<Finding> all = site.findings().all();
        out.el("p", all.isEmpty() ? text.get("findings.none") : text.get("findings.intro", all.size()));
        for (Severity severity : Severity.values()) {
            List<List<Integer>> pages = site.findings().pages(severity);
            out.raw("<h2 id=\"").raw(severity.word()).raw("\">").text(text.get("severity.plural." + severity.word()))
                    .raw("</h2>\n");
            if (pages.isEmpty()) {
                out.raw("<ul class=\"findings\">").el("li", text.get("findings.noneOf")).raw("</ul>\n");
            } else if (site.findings().paged()) {
                int count = pages.stream().mapToInt(List::size).sum();
                out.el("p", text.get("findings.count", String.valueOf(count), String.valueOf(FindingPlaces.PAGE_SIZE)));
                pageLinks(out, site, severity, -1);
            } else {
                entries(out, site, pages.get(0));
            }
        }
        return out.toString();
    }

    /** Every page of findings of a large model, in order (none when they fit on the health check). */
    static List<Page> pages(Site site) {
        List<Page> pages = new java.util.ArrayList<>();
        if (site.findings().paged()) {
            for (Severity severity : Severity.values()) {
                for (int n = 1; n <= site.findings().pages(severity).size(); n++) {
                    pages.add(new Page(PageNames.findings(severity.word(), n),
                            site.text().get("findings.pageTitle", range(site, severity, n)), severity, n));
                }
            }
        }
        return pages;
    }

    static String body(Site site, Page page) {
        Html out = new Html();
        out.raw("<p>").link(site.href(PageNames.FINDINGS) + "#" + page.severity().word(),
                site.text().get("findings.back")).raw("</p>\n");
        pageLinks(out, site, page.severity(), page.number());
        entries(out, site, site.findings().pages(page.severity()).get(page.number() - 1));
        return out.toString();
    }

    private static void pageLinks(Html out, Site site, Severity severity, int current) {
        SiteText text = site.text();
        out.raw("<nav aria-label=\"").text(text.get("findings.pages", text.get("severity.plural." + severity.word())))
                .raw("\"><ul class=\"pages\">");
        for (int n = 1; n <= site.findings().pages(severity).size(); n++) {
            out.raw("<li><a href=\"").text(site.href(PageNames.findings(severity.word(), n))).raw("\"")
                    .raw(n == current ? " aria-current=\"page\"" : "").raw(">").text(range(site, severity, n))
                    .raw("</a></li>");
        }
        out.raw("</ul></nav>\n");
    }

    private static String range(Site site, Severity severity, int n) {
        List<List<Integer>> pages = site.findings().pages(severity);
        int from = (n - 1) * FindingPlaces.PAGE_SIZE + 1;
        return site.text().get("findings.range", site.text().get("severity.plural." + severity.word()),
                String.valueOf(from), String.valueOf(from + pages.get(n - 1).size() - 1));
    }

    private static void entries(Html out, Site site, List<Integer> numbers) {
        SiteText text = site.text();
        out.raw("<ul class=\"findings\">");
        for (int number : numbers) {
            Finding finding = site.findings().get(number);
            NamedElement holder = site.findings().holder(number);
            String href = holder == null ? null : site.href(holder);
            out.raw(href == null ? "<li id=\"finding-" + number + "\">" : "<li>");
            if (href != null) {
                out.link(site.findingHref(number), SiteText.title(holder)).text(text.get("colon"));
            }
            Fragments.finding(out, site, finding);
            out.raw("</li>\n");
        }
        out.raw("</ul>\n");
    }
}
