package org.maillage.generator.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks every published site must pass: links that resolve, French and English alike. */
final class SiteChecks {

    private static final Pattern TABLE = Pattern.compile("(?s)<table.*?</table>");

    private SiteChecks() {
    }

    /** Every link leads to a file of the site and, with an anchor, to an element of that id; returns the count. */
    static int linksResolve(PublishedSite site) {
        int checked = 0;
        for (String page : site.pages()) {
            for (String link : site.links(page)) {
                String file = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                String anchor = link.contains("#") ? link.substring(link.indexOf('#') + 1) : null;
                String target = file.isEmpty() ? page : file;
                assertTrue(site.files.containsKey(target), page + " links to a missing " + link);
                if (anchor != null) {
                    assertTrue(site.text(target).contains("id=\"" + anchor + "\""), page + " links to a missing " + link);
                }
                checked++;
            }
        }
        return checked;
    }

    /**
     * Each French page has its English counterpart with the same structure: the same links
     * (modulo the language), the same tables with the same number of rows each, the same count
     * of sections, list items, headings, figures and cells; and their words differ.
     */
    static void frenchAndEnglishAlike(PublishedSite site) {
        for (String page : site.frenchPages()) {
            String french = site.text(page);
            String english = site.text(PublishedSite.english(page));
            List<String> frenchLinks = new ArrayList<>(site.links(page).stream()
                    .map(l -> l.replace(".fr.", ".en.").replace("index.html", "index.en.html")).toList());
            List<String> englishLinks = new ArrayList<>(site.links(PublishedSite.english(page)).stream()
                    .map(l -> l.replace("index.html", "index.en.html")).toList());
            // the language switch: each page links to the other
            assertTrue(frenchLinks.remove(PublishedSite.english(page)), page + " links to its English version");
            assertTrue(englishLinks.remove(page.equals("index.html") ? "index.en.html" : page),
                    PublishedSite.english(page) + " links to its French version");
            assertEquals(frenchLinks, englishLinks, page);
            assertEquals(rowsPerTable(french), rowsPerTable(english), page + ": rows of each table");
            for (String element : List.of("<tr", "<section", "<li", "<h2", "<h3", "<figure", "<td", "<th")) {
                assertEquals(count(french, element), count(english, element), page + ": " + element);
            }
            assertNotEquals(french, english);
        }
    }

    /** The number of rows of each table of a page, in order. */
    static List<Integer> rowsPerTable(String html) {
        List<Integer> rows = new ArrayList<>();
        Matcher table = TABLE.matcher(html);
        while (table.find()) {
            rows.add(count(table.group(), "<tr"));
        }
        return rows;
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
