package org.maillage.generator.site.internal;

import java.util.List;

import org.maillage.generator.Markup;
import org.maillage.model.coop.Plan;

/**
 * The frame of every page: language, a Content-Security-Policy that forbids scripts and any
 * resource from elsewhere (pictures come from the site's own folder), the inline style, a skip
 * link, the banner with the link to the same page in the other language, the site's navigation,
 * the main region with the page's only {@code h1}, and the footer.
 */
final class SitePage {

    private SitePage() {
    }

    /**
     * A whole page. {@code base} is the page's name without language (for the language switch
     * and the navigation's current page); {@code body} is the content after the heading.
     */
    static String write(Site site, List<String> otherLanguages, String base, String title, String body) {
        Html out = new Html();
        SiteText text = site.text();
        out.raw("<!DOCTYPE html>\n<html lang=\"").text(text.language()).raw("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'self'\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .el("title", title + " – " + text.get("site.name")).raw("\n<style>\n").raw(SiteStyle.css())
                .raw("</style>\n</head>\n<body>\n");
        out.raw("<a class=\"skip\" href=\"#main\">").text(text.get("nav.skip")).raw("</a>\n");
        out.raw("<header class=\"banner\"><p class=\"site-name\">").link(site.href(PageNames.HOME), text.get("site.name"))
                .raw("</p>");
        for (String language : otherLanguages) {
            SiteText other = new SiteText(java.util.Locale.of(language));
            out.raw("<p class=\"lang\"><a href=\"").text(site.names().file(base, language)).raw("\" hreflang=\"")
                    .text(language).raw("\" lang=\"").text(language).raw("\">").text(other.get("nav.thisLanguage"))
                    .raw("</a></p>");
        }
        out.raw("</header>\n");
        navigation(out, site, base);
        out.raw("<main id=\"main\" tabindex=\"-1\">\n").el("h1", title).raw("\n").raw(body).raw("</main>\n");
        out.raw("<footer><p>").text(text.get("footer")).raw("</p></footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void navigation(Html out, Site site, String current) {
        SiteText text = site.text();
        out.raw("<nav class=\"site\" aria-label=\"").text(text.get("nav.label")).raw("\"><ul>");
        item(out, site, PageNames.HOME, text.get("home.title"), current);
        for (Plan plan : site.index().plans) {
            item(out, site, site.names().base(plan), SiteText.title(plan), current);
        }
        item(out, site, PageNames.CALENDAR, text.get("calendar.title"), current);
        item(out, site, PageNames.FINDINGS, text.get("findings.title"), current);
        out.raw("</ul></nav>\n");
    }

    private static void item(Html out, Site site, String base, String label, String current) {
        out.raw("<li><a href=\"").raw(Markup.escape(site.href(base))).raw("\"")
                .raw(base.equals(current) ? " aria-current=\"page\"" : "").raw(">").text(label).raw("</a></li>");
    }
}
