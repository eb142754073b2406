package org.maillage.generator.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The published example: its pages, their frame, their links, and French and English alike. */
class SiteStructureTest {

    private static PublishedSite site;

    @BeforeAll
    static void publish() throws Exception {
        site = PublishedSite.of(List.of(PublishedSite.top().resolve("examples/monts-ardeche")), Locale.FRENCH);
    }

    @Test
    void everyPageExistsInFrenchAndEnglishAndTheHomeIsInTheDocumentsLanguage() {
        List<String> french = site.frenchPages();
        assertTrue(french.containsAll(List.of("index.html", "calendar.fr.html", "findings.fr.html",
                "plan-PlanValEyrieux.fr.html", "actor-CCVE.fr.html")), french.toString());
        assertTrue(french.stream().anyMatch(p -> p.startsWith("territory-")));
        assertTrue(french.stream().anyMatch(p -> p.startsWith("objective-")));
        for (String page : french) {
            assertTrue(site.files.containsKey(PublishedSite.english(page)), "English of " + page);
        }
        assertEquals(2 * french.size(), site.pages().size(), "no page in one language only");
        assertTrue(site.text("index.html").startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"));
        assertTrue(site.text("index.en.html").startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(site.files.containsKey("plan-PlanValEyrieux-map.fr.svg")
                && site.files.containsKey("plan-PlanValEyrieux-who-does-what.en.svg"));
    }

    @Test
    void everyPageHasOneHeadingLandmarksASkipLinkAndNoScriptNorOutsideResource() {
        for (String page : site.pages()) {
            String html = site.text(page);
            assertEquals(1, count(html, "<h1"), page);
            assertTrue(html.contains("<a class=\"skip\" href=\"#main\">"), page);
            assertTrue(html.contains("<header class=\"banner\">") && html.contains("<nav class=\"site\"")
                    && html.contains("<main id=\"main\"") && html.contains("<footer>"), page);
            assertFalse(html.contains("<script") || html.contains("http:") || html.contains("https:")
                    || html.contains("//"), page + " has a script or an outside resource");
            assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"), page);
            Matcher headers = Pattern.compile("<th(?![a-z])[^>]*>").matcher(html);
            while (headers.find()) {
                assertTrue(headers.group().contains("scope=\""), page + ": " + headers.group());
            }
            assertEquals(count(html, "<table"), count(html, "<caption"), page + ": every table has a caption");
        }
    }

    @Test
    void everyLinkLeadsToAPageOfTheSiteAndToAnAnchorOnIt() {
        int checked = SiteChecks.linksResolve(site);
        assertTrue(checked > 500, "links checked: " + checked);
    }

    @Test
    void frenchAndEnglishPagesSayTheSameInTheirLanguage() {
        SiteChecks.frenchAndEnglishAlike(site);
        List<Integer> rows = SiteChecks.rowsPerTable(site.text("index.html"));
        assertEquals(count(site.text("index.html"), "<table"), rows.size(), "the check sees each table");
        assertTrue(rows.size() >= 3 && rows.stream().allMatch(n -> n > 1), rows.toString());
        assertTrue(site.text("plan-PlanValEyrieux.en.html").contains("Financing plan"));
        assertTrue(site.text("plan-PlanValEyrieux.fr.html").contains("Plan de financement"));
    }

    @Test
    void aPlanPageShowsItsDiagramsWithATextAlternativeItsMatrixItsFinancingActionsAndConventions() {
        String plan = site.text("plan-PlanValEyrieux.fr.html");
        assertTrue(plan.contains("<img src=\"plan-PlanValEyrieux-map.fr.svg\" alt=\"Carte de coopération du plan"));
        assertTrue(plan.contains("<summary>Description textuelle : Carte de coopération</summary>"));
        assertTrue(plan.contains("<table class=\"raci\">") && plan.contains("<table class=\"finance\">")
                && plan.contains("<table class=\"funders\">"));
        assertTrue(plan.contains("<section class=\"item\" id=\"action-"));
        assertTrue(plan.contains("<section class=\"item\" id=\"convention-"));
        assertTrue(plan.contains("<span class=\"role role-A\">A</span>"), "roles as letters");
        assertTrue(plan.contains("<th scope=\"col\">Indicateur</th>"), "indicators");
        assertTrue(plan.contains("Délibérations") || plan.contains("Historique"), "conventions' life");
    }

    @Test
    void everyFindingIsShownNextToWhatItConcernsAndTheHealthCheckLinksToIt() throws Exception {
        PublishedSite broken = PublishedSite.ofText(Path.of(System.getProperty("java.io.tmpdir")), """
                actor X "Acteur X" public
                actor Y "Acteur Y" public
                function F "Fonction F"
                plan P "Plan" from 2024 to 2026 {
                  partners X
                  action A1 "Action une" { F: A X }
                  convention C1 "Convention sans comité" kind partnership between X, Y { }
                }
                """, Locale.FRENCH);
        String plan = broken.text("plan-P.fr.html");
        assertTrue(plan.matches("(?s).*<section class=\"item\" id=\"action-A1\">.*<li id=\"finding-\\d+\"><span class=\"sev sev-warning\">Avertissement</span> <code>RACI-NO-R</code>.*"), plan);
        assertTrue(plan.matches("(?s).*id=\"convention-C1\">.*<code>CONV-NO-COMMITTEE</code>.*"), plan);
        String findings = broken.text("findings.fr.html");
        Matcher link = Pattern.compile("<a href=\"(plan-P\\.fr\\.html#finding-\\d+)\">Action une</a>").matcher(findings);
        assertTrue(link.find(), findings);
        assertTrue(broken.text("index.html").contains("href=\"findings.fr.html#warning\""));
    }

    @Test
    void theHomeFiguresAreLabelledAlikeInLowerCase() {
        for (String page : List.of("index.html", "index.en.html")) {
            String html = site.text(page);
            String figures = html.substring(html.indexOf("<ul class=\"figures\">"), html.indexOf("</ul>",
                    html.indexOf("<ul class=\"figures\">")));
            Matcher label = Pattern.compile("</strong>([^<]*)</li>").matcher(figures);
            int labels = 0;
            while (label.find()) {
                assertTrue(Character.isLowerCase(label.group(1).charAt(0)), page + ": " + label.group(1));
                labels++;
            }
            assertEquals(5, labels, figures);
        }
    }

    @Test
    void hostileTitlesStayTextOnEveryPage() throws Exception {
        PublishedSite hostile = PublishedSite.of(List.of(PublishedSite.top().resolve("reliability/hostile")),
                Locale.FRENCH);
        assertTrue(hostile.pages().size() > 10);
        for (String page : hostile.pages()) {
            String html = hostile.text(page);
            assertFalse(html.contains("<script") || html.contains("<img src=x") || html.contains("<b ")
                    || html.contains("javascript:") && html.matches("(?s).*href=\"\\s*javascript:.*"), page);
            for (String link : hostile.links(page)) {
                assertTrue(link.matches("[A-Za-z0-9_.#-]*"), page + ": a link made from something else than ids: " + link);
            }
        }
        assertTrue(hostile.text("index.html").contains("&lt;script&gt;"), "the titles are shown, escaped");
    }

    @Test
    void fileNamesComeFromIdsOnlyAndNeverCollide() {
        assertEquals("Plan_1", PageNames.safe("Plan_1"));
        assertTrue(PageNames.safe("../../etc/passwd").matches("[A-Za-z0-9_]+"));
        assertTrue(PageNames.safe("x".repeat(500)).length() < 100);
        assertEquals("_", PageNames.safe(""));
        PageNames names = new PageNames("fr");
        var factory = org.maillage.model.coop.CoopFactory.eINSTANCE;
        var upper = factory.createActor();
        upper.setName("Ab");
        var lower = factory.createActor();
        lower.setName("ab");
        assertEquals("actor-Ab", names.base(upper));
        assertEquals("actor-ab-2", names.base(lower), "a case-insensitive file system would make them one file");
        assertEquals("index.html", names.file(PageNames.HOME, "fr"));
        assertEquals("index.en.html", names.file(PageNames.HOME, "en"));
        assertEquals("actor-Ab.en.html", names.file("actor-Ab", "en"));
    }

    static int count(String text, String part) {
        return SiteChecks.count(text, part);
    }
}
