package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * Each code of the rule catalogue, with the semantics of DESIGN.md: a model where it fires (at
 * the right line) and the nearest model where it does not.
 */
class RuleCatalogueHeadlessTest {

    static final String BASE = """
            territory Region "Région" kind region
            territory Dep "Département" kind department within Region
            territory Parc "Parc" kind park within Dep
            territory CCA "CC A" kind intercommunality within Dep overlaps Parc
            territory Ailleurs "Ailleurs" kind area
            actor PNR "Parc" public covers Parc
            actor CC "CC" public covers CCA
            actor OT "Office de tourisme" association covers CCA
            actor Far "Lointain" public covers Ailleurs
            actor Boite "Entreprise" private
            function Decision "Décision"
            function Animation "Animation"
            """;

    /** Issues of BASE followed by {@code text}; lines in {@code text} count from 1 at its first line. */
    static List<String> codes(String text) {
        return codes(BASE, text);
    }

    /** Issues but UNUSED-ACTOR of {@code base} followed by {@code text}, as CODE@line counted from {@code text}. */
    static List<String> codes(String base, String text) {
        CoopFixture fixture = new CoopFixture(Locale.ENGLISH);
        fixture.add("m", base + text);
        int offset = (int) base.lines().count();
        return fixture.validate().stream().filter(i -> !"UNUSED-ACTOR".equals(i.getCode()))
                .map(i -> i.getCode() + "@" + (i.getLineNumber() - offset)).toList();
    }

    static String plan(String body) {
        return "plan P \"P\" from 2024 to 2026 {\n    partners PNR, CC, OT, Far, Boite\n" + body + "\n}\n";
    }

    static String action(String name, String header, String... entries) {
        return "    action " + name + " \"" + name + "\" " + header + " {\n        "
                + String.join("\n        ", entries) + "\n        indicator \"i\"\n    }\n";
    }

    @Test
    void raciNoA() {
        assertTrue(codes(plan(action("A1", "", "Decision: R PNR"))).contains("RACI-NO-A@4"));
        assertFalse(codes(plan(action("A1", "", "Decision: A/R PNR"))).stream().anyMatch(c -> c.startsWith("RACI")));
    }

    @Test
    void raciManyAAcrossEntriesOfTheSameFunction() {
        List<String> codes = codes(plan(action("A1", "", "Decision: A/R PNR", "Decision: A CC")));
        assertTrue(codes.contains("RACI-MANY-A@4"), codes.toString());
        assertFalse(codes.contains("RACI-NO-A@4"));
    }

    @Test
    void raciNoR() {
        assertTrue(codes(plan(action("A1", "", "Decision: A PNR, C CC"))).contains("RACI-NO-R@4"));
        assertFalse(codes(plan(action("A1", "", "Decision: A/R PNR"))).contains("RACI-NO-R@4"));
    }

    @Test
    void delegationNeedsAConventionCoveringTheActionWithBoth() {
        String entries = action("A1", "", "Decision: A PNR, R OT");
        assertTrue(codes(plan(entries)).contains("DELEG-NO-CONV@4"));
        String covered = entries + """
                    convention C1 "C" kind delegation between PNR, OT covers A1 reviewed by CC {
                        committee K "K" members PNR, OT
                    }
                """;
        assertFalse(codes(plan(covered)).contains("DELEG-NO-CONV@4"), codes(plan(covered)).toString());
        String notCovering = entries + action("A2", "", "Decision: A/R OT") + """
                    convention C1 "C" kind delegation between PNR, OT covers A2 reviewed by CC {
                        committee K "K" members PNR, OT
                    }
                """;
        assertTrue(codes(plan(notCovering)).contains("DELEG-NO-CONV@4"));
    }

    @Test
    void overlapOfTwoAOnMeetingTerritoriesOfTheSameTheme() {
        String two = action("A1", "theme \"Tourisme\" on Parc", "Decision: A/R PNR")
                + action("A2", "theme \" tourisme \" on CCA", "Decision: A/R CC");
        List<String> codes = codes(plan(two));
        assertTrue(codes.contains("OVERLAP@4") && codes.contains("OVERLAP@8"), codes.toString());
        String otherTheme = action("A1", "theme \"Tourisme\" on Parc", "Decision: A/R PNR")
                + action("A2", "theme \"Agriculture\" on CCA", "Decision: A/R CC");
        assertFalse(codes(plan(otherTheme)).stream().anyMatch(c -> c.startsWith("OVERLAP")));
        String farAway = action("A1", "theme \"Tourisme\" on Parc", "Decision: A/R PNR")
                + action("A2", "theme \"Tourisme\" on Ailleurs", "Decision: A/R Far");
        assertFalse(codes(plan(farAway)).stream().anyMatch(c -> c.startsWith("OVERLAP")));
        String articulated = two + """
                    convention C1 "C" kind partnership between PNR, CC {
                        committee K "K" members PNR, CC
                    }
                """;
        assertFalse(codes(plan(articulated)).stream().anyMatch(c -> c.startsWith("OVERLAP")));
    }

    @Test
    void territoryCoverage() {
        assertTrue(codes(plan(action("A1", "on Ailleurs", "Decision: A/R PNR"))).contains("TERR-COVER@4"));
        assertFalse(codes(plan(action("A1", "on CCA", "Decision: A/R PNR"))).contains("TERR-COVER@4"),
                "CCA overlaps the park PNR covers");
        assertFalse(codes(plan(action("A1", "on Ailleurs", "Decision: A/R Boite"))).contains("TERR-COVER@4"),
                "an actor without covers is not checked");
    }

    @Test
    void territoryCycleIsReportedOnEachTerritory() {
        List<String> codes = codes("territory X \"X\" kind area within Y\nterritory Y \"Y\" kind area within X\n");
        assertEquals(List.of("TERR-CYCLE@1", "TERR-CYCLE@2"), codes.stream().sorted().toList());
    }

    private static String funding(String line) {
        return plan(action("A1", "", "Decision: A/R PNR") + """
                    convention C1 "C" kind application between PNR, CC covers A1 {
                        committee K "K" members PNR
                        %s
                    }
                """.formatted(line));
    }

    @Test
    void euFundingCounterpart() {
        assertTrue(codes(funding("funding LEADER 8000 EUR")).contains("FUND-EU-COUNTERPART@9"));
        assertTrue(codes(funding("funding FEDER 8000 EUR counterpart Boite 2000 EUR")).contains("FUND-EU-COUNTERPART@9"));
        assertFalse(codes(funding("funding LEADER 8000 EUR counterpart CC 2000 EUR")).stream()
                .anyMatch(c -> c.startsWith("FUND")));
        assertFalse(codes(funding("funding region 8000 EUR")).stream().anyMatch(c -> c.startsWith("FUND")));
    }

    @Test
    void euFundingRateAboveEightyPercentStrictly() {
        assertTrue(codes(funding("funding LEADER 8001 EUR counterpart CC 1999 EUR")).contains("FUND-EU-RATE@9"));
        assertFalse(codes(funding("funding LEADER 8000 EUR counterpart CC 2000 EUR")).contains("FUND-EU-RATE@9"));
    }

    @Test
    void euFundingCounterpartFromTheFunderItself() {
        assertTrue(codes(funding("funding LEADER 8000 EUR from CC counterpart CC 2000 EUR"))
                .contains("FUND-EU-COUNTERPART@9"));
        assertFalse(codes(funding("funding LEADER 8000 EUR from PNR counterpart CC 2000 EUR")).stream()
                .anyMatch(c -> c.startsWith("FUND")));
    }

    @Test
    void fundingOfZeroEuros() {
        assertTrue(codes(funding("funding LEADER 0 EUR counterpart CC 0 EUR")).contains("FUND-ZERO-AMOUNT@9"));
        assertTrue(codes(funding("funding region 0 EUR from CC")).contains("FUND-ZERO-AMOUNT@9"));
        assertTrue(codes(funding("funding LEADER 8000 EUR counterpart CC 0.00 EUR")).contains("FUND-ZERO-AMOUNT@9"));
        assertFalse(codes(funding("funding LEADER 8000 EUR counterpart CC 2000 EUR")).contains("FUND-ZERO-AMOUNT@9"));
        assertFalse(codes(funding("funding region 0.01 EUR from CC")).contains("FUND-ZERO-AMOUNT@9"));
    }

    /** The FUND-EU-RATE message of {@code line}. */
    private static String rateMessage(String line) {
        CoopFixture fixture = new CoopFixture(Locale.ENGLISH);
        fixture.add("m", BASE + funding(line));
        return fixture.validate().stream().filter(i -> "FUND-EU-RATE".equals(i.getCode())).map(Issue::getMessage)
                .findFirst().orElseThrow();
    }

    @Test
    void euFundingRateIsNeverRoundedOntoALimit() {
        String almostAll = rateMessage("funding LEADER 9999 EUR counterpart CC 1 EUR");
        assertTrue(almostAll.contains(" 99.99 %") && !almostAll.contains("100"), almostAll);
        String justAbove = rateMessage("funding LEADER 8001 EUR counterpart CC 1999 EUR");
        assertTrue(justAbove.contains(" 80.01 %"), "not 80.0 %, the ceiling itself: " + justAbove);
        assertTrue(rateMessage("funding LEADER 9000 EUR counterpart CC 1000 EUR").contains(" 90.0 %"));
        assertTrue(rateMessage("funding LEADER 99999999 EUR counterpart CC 0.01 EUR").contains(" 99.999999 %"),
                "cut, not rounded up, past six decimals");
    }

    private static String convention(String header, String... lines) {
        return plan(action("A1", "", "Decision: A/R PNR, R CC") + "    convention C1 \"C\" kind application " + header
                + " {\n        committee K \"K\" members PNR\n        " + String.join("\n        ", lines) + "\n    }\n");
    }

    @Test
    void conventionWithOneParty() {
        assertTrue(codes(convention("between PNR covers A1")).contains("CONV-ONE-PARTY@7"));
        assertFalse(codes(convention("between PNR, CC covers A1")).contains("CONV-ONE-PARTY@7"));
        assertFalse(codes(convention("between Nobody covers A1")).contains("CONV-ONE-PARTY@7"),
                "an unresolved name is the language's finding, not a party");
    }

    @Test
    void conventionPartyListedTwice() {
        List<String> codes = codes(convention("between PNR, CC, PNR covers A1"));
        assertEquals(1, codes.stream().filter("CONV-PARTY-DUPLICATE@7"::equals).count(), codes.toString());
        assertFalse(codes(convention("between PNR, CC covers A1")).contains("CONV-PARTY-DUPLICATE@7"));
    }

    @Test
    void conventionLeadNotAParty() {
        assertTrue(codes(convention("between PNR, CC covers A1 lead OT")).contains("CONV-LEAD-NOT-PARTY@7"));
        assertFalse(codes(convention("between PNR, CC covers A1 lead CC")).contains("CONV-LEAD-NOT-PARTY@7"));
    }

    @Test
    void commitmentOfAnActorThatIsNotAParty() {
        assertTrue(codes(convention("between PNR, CC covers A1", "commitment OT \"x\""))
                .contains("CONV-COMMITMENT-NOT-PARTY@9"));
        assertFalse(codes(convention("between PNR, CC covers A1", "commitment CC \"x\"")).stream()
                .anyMatch(c -> c.startsWith("CONV-COMMITMENT")));
    }

    @Test
    void committeeMemberThatIsNotAParty() {
        String text = convention("between PNR, CC covers A1", "committee K2 \"K2\" members CC, OT, Far");
        assertTrue(codes(text).contains("CONV-MEMBER-NOT-PARTY@9"), codes(text).toString());
        CoopFixture fixture = new CoopFixture(Locale.ENGLISH);
        fixture.add("m", BASE + text);
        assertTrue(fixture.validate().stream().anyMatch(i -> "CONV-MEMBER-NOT-PARTY".equals(i.getCode())
                && i.getSeverity() == Severity.INFO && i.getMessage().endsWith(": OT, Far.")), "info, naming both");
        assertFalse(codes(convention("between PNR, CC covers A1", "committee K2 \"K2\" members CC")).stream()
                .anyMatch(c -> c.startsWith("CONV-MEMBER")));
        assertFalse(codes(convention("between PNR, CC covers A1", "funding region 100 EUR from Far",
                "committee K2 \"K2\" members CC, Far")).stream().anyMatch(c -> c.startsWith("CONV-MEMBER")),
                "a funder of the convention sits on its committee without signing");
    }

    @Test
    void conventionWithoutCommittee() {
        String text = plan(action("A1", "", "Decision: A/R PNR") + """
                    convention C1 "C" kind application
                        between PNR covers A1 {
                        commitment PNR "x"
                    }
                """);
        assertTrue(codes(text).contains("CONV-NO-COMMITTEE@7"), codes(text).toString());
    }

    @Test
    void conventionPartyWithoutRole() {
        String text = plan(action("A1", "", "Decision: A/R PNR") + """
                    convention C1 "C" kind application between PNR, OT covers A1 {
                        committee K "K" members PNR
                    }
                """);
        assertTrue(codes(text).contains("CONV-PARTY-ROLE@7"));
        String noCovers = text.replace(" covers A1", "");
        assertFalse(codes(noCovers).contains("CONV-PARTY-ROLE@7"), "skipped without covers");
    }

    @Test
    void conventionPeriod() {
        String template = plan(action("A1", "", "Decision: A/R PNR") + """
                    convention C1 "C" kind application between PNR covers A1 from %s to %s {
                        committee K "K" members PNR
                    }
                """);
        assertTrue(codes(template.formatted("2025-06-01", "2025-01-01")).contains("CONV-PERIOD@7"));
        assertTrue(codes(template.formatted("2023-06-01", "2025-01-01")).contains("CONV-PERIOD@7"));
        assertFalse(codes(template.formatted("2024-01-01", "2026-12-31")).contains("CONV-PERIOD@7"));
        assertTrue(codes(template.formatted("2024-02-30", "2026-12-31")).contains("VALUE-DATE@7"));
    }

    @Test
    void delegationConventionWithoutLegalReview() {
        String template = plan(action("A1", "", "Decision: A PNR, R OT") + """
                    convention C1 "C" kind %s between PNR, OT covers A1 {
                        committee K "K" members PNR
                    }
                """);
        assertTrue(codes(template.formatted("delegation")).contains("CONV-LEGAL@7"));
        assertTrue(codes(template.formatted("provision")).contains("CONV-LEGAL@7"));
        assertFalse(codes(template.formatted("partnership")).contains("CONV-LEGAL@7"));
        assertFalse(codes(template.replace("covers A1", "covers A1 reviewed by CC").formatted("delegation"))
                .contains("CONV-LEGAL@7"));
    }

    @Test
    void actionWithoutIndicator() {
        String text = plan("    action A1 \"A\" {\n        Decision: A/R PNR\n    }");
        assertTrue(codes(text).contains("EVAL-NO-INDICATOR@3"));
        assertFalse(codes(plan(action("A1", "", "Decision: A/R PNR"))).contains("EVAL-NO-INDICATOR@3"));
    }

    @Test
    void workloadAboveTheThreshold() {
        StringBuilder actions = new StringBuilder();
        for (int i = 1; i <= 13; i++) {
            actions.append(action("W" + i, "", "Decision: A/R PNR"));
        }
        CoopFixture fixture = new CoopFixture(Locale.ENGLISH);
        fixture.add("m", BASE + plan(actions.toString()));
        List<Issue> issues = fixture.validate();
        assertTrue(issues.stream().anyMatch(i -> "WORKLOAD".equals(i.getCode()) && i.getLineNumber() == 6
                && i.getMessage().contains("13")), issues.toString());
        actions.setLength(0);
        for (int i = 1; i <= 12; i++) {
            actions.append(action("W" + i, "", "Decision: A/R PNR"));
        }
        assertFalse(codes(plan(actions.toString())).stream().anyMatch(c -> c.startsWith("WORKLOAD")));
    }

    @Test
    void unusedActorCountsEveryKindOfReference() {
        CoopFixture fixture = new CoopFixture(Locale.ENGLISH);
        fixture.add("m", BASE + "objective O \"O\" of Far\n" + plan(""));
        List<String> unused = fixture.validate().stream().filter(i -> "UNUSED-ACTOR".equals(i.getCode()))
                .map(Issue::getMessage).toList();
        assertEquals(List.of(), unused, "partners and objective owners count as references");
        CoopFixture lonely = new CoopFixture(Locale.ENGLISH);
        lonely.add("m", "actor Alone \"Seul\" public\n");
        assertEquals(List.of("UNUSED-ACTOR@1"), lonely.validate().stream()
                .map(i -> i.getCode() + "@" + i.getLineNumber()).toList());
    }

    @Test
    void messagesAreFrenchByDefaultAndEnglishOnRequest() {
        String text = BASE + plan(action("A1", "", "Decision: R PNR"));
        CoopFixture french = new CoopFixture(Locale.FRENCH);
        french.add("m", text);
        assertTrue(french.validate().stream().anyMatch(i -> i.getMessage().startsWith("La fonction Decision")));
        CoopFixture english = new CoopFixture(Locale.ENGLISH);
        english.add("m", text);
        assertTrue(english.validate().stream().anyMatch(i -> i.getMessage().startsWith("Function Decision")));
    }
}
