package org.maillage.generator.site.internal;

import java.util.ArrayList;
import java.util.List;

import org.maillage.model.coop.NamedElement;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.Severity;

/**
 * The health check: every finding of the rule catalogue, grouped by severity (sections
 * {@code error}, {@code warning}, {@code info}), each with what it concerns and a link to where
 * the site shows it next to that; findings on nothing with a page of its own are anchored here.
 * Beyond {@link FindingPlaces#PAGE_SIZE} findings, this page counts them per severity and rule,
 * and each rule's findings are on pages of at most that many ({@code findings-<code>-<n>}).
 */
final class FindingsPage {

    /** Page {@code number} (from 1) of the findings of a rule, on a large model. */
    record Page(String base, String title, FindingPlaces.Rule rule, int number) {
    }

    private FindingsPage() {
    }

    static String body(Site site) {
        SiteText text = site.text();
        Html out = new Html();
        List<Finding> all = site.findings().all();
        out.el("p", all.isEmpty() ? text.get("findings.none") : text.get("findings.intro", all.size()));
        for (Severity severity : Severity.values()) {
            List<FindingPlaces.Rule> rules = site.findings().rules(severity);
            String heading = text.get("severity.plural." + severity.word());
            out.raw("<h2 id=\"").raw(severity.word()).raw("\">").text(heading).raw("</h2>\n");
            if (rules.isEmpty()) {
                out.raw("<ul class=\"findings\">").el("li", text.get("findings.noneOf")).raw("</ul>\n");
            } else if (site.findings().paged()) {
                out.table("rules", text.get("findings.byRule", heading), text.get("findings.rule"),
                        text.get("home.number"), text.get("findings.pagesColumn"));
                for (FindingPlaces.Rule rule : rules) {
                    out.raw("<tr><th scope=\"row\">").link(site.href(PageNames.findings(rule.code(), 1)), rule.code())
                            .raw("</th>").el("td class=\"num\"", String.valueOf(rule.count()))
                            .el("td class=\"num\"", String.valueOf(rule.pages().size())).raw("</tr>\n");
                }
                out.endTable();
            } else {
                entries(out, site, rules.stream().flatMap(r -> r.pages().stream()).flatMap(List::stream).sorted().toList());
            }
        }
        return out.toString();
    }

    /** Every page of findings of a large model, in order (none when they fit on the health check). */
    static List<Page> pages(Site site) {
        List<Page> pages = new ArrayList<>();
        if (site.findings().paged()) {
            for (Severity severity : Severity.values()) {
                for (FindingPlaces.Rule rule : site.findings().rules(severity)) {
                    for (int n = 1; n <= rule.pages().size(); n++) {
                        pages.add(new Page(PageNames.findings(rule.code(), n),
                                site.text().get("findings.pageTitle", range(site, rule, n)), rule, n));
                    }
                }
            }
        }
        return pages;
    }

    static String body(Site site, Page page) {
        SiteText text = site.text();
        FindingPlaces.Rule rule = page.rule();
        Html out = new Html();
        out.raw("<p>").link(site.href(PageNames.FINDINGS) + "#" + rule.severity().word(), text.get("findings.back"))
                .raw("</p>\n");
        if (rule.pages().size() > 1) {
            out.raw("<nav aria-label=\"").text(text.get("findings.pages", rule.code())).raw("\"><ul class=\"pages\">");
            for (int n = 1; n <= rule.pages().size(); n++) {
                out.raw("<li><a href=\"").text(site.href(PageNames.findings(rule.code(), n))).raw("\"")
                        .raw(n == page.number() ? " aria-current=\"page\"" : "").raw(">").text(range(site, rule, n))
                        .raw("</a></li>");
            }
            out.raw("</ul></nav>\n");
        }
        entries(out, site, rule.pages().get(page.number() - 1));
        return out.toString();
    }

    private static String range(Site site, FindingPlaces.Rule rule, int n) {
        int from = (n - 1) * FindingPlaces.PAGE_SIZE + 1;
        return site.text().get("findings.range", rule.code(), String.valueOf(from),
                String.valueOf(from + rule.pages().get(n - 1).size() - 1));
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
