package org.maillage.generator.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.dsl.samples.PlanGenerator;

/**
 * A generated M model (10 plans of 50 actions, 120 actors): its pages stay readable and light
 * (a long plan in parts, the findings in pages), every link resolves, French and English alike.
 */
class LargeSiteTest {

    @TempDir
    static Path dir;

    private static PublishedSite site;

    @BeforeAll
    static void publish() throws Exception {
        Path file = dir.resolve("m.coop");
        Files.writeString(file, new PlanGenerator(7, PlanGenerator.Size.M).generate());
        site = PublishedSite.of(List.of(file), Locale.FRENCH);
    }

    @Test
    void aLongPlanListsItsActionsByPartAndEachPartHasItsMatrixFinancingAndActions() {
        String plan = site.text("plan-P1.fr.html");
        assertEquals(0, SiteChecks.count(plan, "<section class=\"item\" id=\"action-"), "no action's section on the plan's page");
        assertEquals(0, SiteChecks.count(plan, "<table class=\"raci\">"));
        assertTrue(plan.contains("<table class=\"funders\">"), "the totals per funder of the whole plan");
        assertEquals(List.of(SiteIndex.PART_SIZE + 1, SiteIndex.PART_SIZE + 1),
                SiteChecks.rowsPerTable(plan).subList(SiteChecks.rowsPerTable(plan).size() - 2, SiteChecks.rowsPerTable(plan).size()),
                "the 50 actions listed in two parts, each a table with its header row");
        for (int n = 1; n <= 2; n++) {
            String part = site.text("plan-P1-actions-" + n + ".fr.html");
            assertTrue(plan.contains("href=\"plan-P1-actions-" + n + ".fr.html\""), "the plan links to part " + n);
            assertEquals(SiteIndex.PART_SIZE, SiteChecks.count(part, "<section class=\"item\" id=\"action-"));
            assertTrue(part.contains("<table class=\"raci\">") && part.contains("<table class=\"finance\">"), "part " + n);
            assertTrue(part.contains("<a href=\"plan-P1.fr.html\">"), "back to the plan");
        }
        assertTrue(site.text("plan-P1-actions-1.fr.html").contains("<a href=\"plan-P1-actions-2.fr.html\">"));
        assertTrue(!site.files.containsKey("plan-P1-actions-3.fr.html"));
    }

    @Test
    void everyPageStaysShort() {
        for (String page : site.pages()) {
            String html = site.text(page);
            assertTrue(SiteChecks.count(html, "<section class=\"item\" id=\"action-") <= SiteIndex.PART_SIZE, page);
            assertTrue(SiteChecks.count(html, "<tr") <= 400, page + ": " + SiteChecks.count(html, "<tr") + " rows");
            assertTrue(html.length() < 400_000, page + ": " + html.length() + " characters");
        }
    }

    @Test
    void aTerritoryMeetingManyActionsSumsThemUpPerPlan() {
        String department = site.text("territory-D0.fr.html");
        assertTrue(department.contains("trop nombreuses pour les lister ici"), department);
        assertTrue(SiteChecks.rowsPerTable(department).stream().allMatch(rows -> rows <= PlacePages.LIST_LIMIT + 1),
                SiteChecks.rowsPerTable(department).toString());
    }

    @Test
    void theFindingsAreCountedPerRuleOnTheHealthCheckAndListedOnPagesPerRule() {
        String findings = site.text("findings.fr.html");
        assertTrue(findings.contains("<table class=\"rules\">"), findings);
        assertEquals(0, SiteChecks.count(findings, "<li id=\"finding-"), "no finding listed on the health check");
        int pages = 0;
        for (String page : site.frenchPages()) {
            if (page.startsWith("findings-")) {
                String html = site.text(page);
                List<String> codes = Pattern.compile("<code>([^<]*)</code>").matcher(html).results().map(m -> m.group(1))
                        .distinct().toList();
                int entries = SiteChecks.count(html.substring(html.indexOf("<ul class=\"findings\">")), "<li");
                assertTrue(entries >= 1 && entries <= FindingPlaces.PAGE_SIZE, page + ": " + entries);
                assertEquals(1, codes.size(), page + ": the findings of one rule");
                assertTrue(findings.contains("href=\"" + page.replaceFirst("-\\d+\\.fr\\.html$", "-1.fr.html") + "\">"
                        + codes.get(0) + "</a>"), page + ": its rule is on the health check");
                pages++;
            }
        }
        assertTrue(pages > 10, "pages of findings: " + pages);
    }

    @Test
    void everyLinkResolvesAndFrenchAndEnglishAreAlike() {
        assertTrue(SiteChecks.linksResolve(site) > 10_000);
        SiteChecks.frenchAndEnglishAlike(site);
    }
}
