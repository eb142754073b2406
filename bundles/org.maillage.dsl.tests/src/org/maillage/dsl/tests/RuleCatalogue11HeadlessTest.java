package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.RuleCatalogue;
import org.maillage.model.validation.RuleSettings;

/**
 * Each code of DESIGN.md's "Rules 1.1": a 1.1 model where it fires (at the documented line) and the
 * nearest model where it does not; a 1.0 model gains none of them.
 */
class RuleCatalogue11HeadlessTest {

    static final String BASE = """
            territory Parc "Parc" kind park
            actor PNR "Parc" public form widesyndicate covers Parc
            actor CC "CC" public form epci
            actor Mairie "Commune" public form municipality
            actor Dep "Département" public form department
            actor Reg "Région" public form region
            actor OT "Office de tourisme" association form association
            actor GAL "GAL" public
            actor Boite "Entreprise" private form company
            actor Synd "Syndicat" public form syndicate
            function Decision "Décision" decision
            function MO "Maîtrise d'ouvrage" ownership
            function Fin "Financement" funding
            function Comm "Communication" communication
            function Eval "Évaluation" evaluation
            function Real "Réalisation" delivery
            """;

    /** Codes of BASE followed by {@code text}, as CODE@line with lines counted from 1 at the first line of {@code text}. */
    static List<String> codes(String text) {
        return RuleCatalogueHeadlessTest.codes(BASE, text);
    }

    /** A plan: its first line is 1, {@code body} starts at line 3. */
    static String plan(String body) {
        return "plan P \"P\" from 2024 to 2027 {\n    partners PNR, CC\n" + body + "}\n";
    }

    /** An action whose header is at the line it starts at, then one line per {@code lines}. */
    static String action(String name, String... lines) {
        return "    action " + name + " \"" + name + "\" {\n        " + String.join("\n        ", lines) + "\n    }\n";
    }

    /** An action at line 3 of a plan, its lines from line 4. */
    static List<String> actionCodes(String... lines) {
        return codes(plan(action("A1", lines)));
    }

    static boolean has(List<String> codes, String code) {
        return codes.stream().anyMatch(c -> c.startsWith(code + "@"));
    }

    @Test
    void planBalanceAboveOneEuro() {
        List<String> codes = actionCodes("Decision: A/R CC", "cost 1000 EUR", "funding self 998.99 EUR from CC");
        assertTrue(codes.contains("FUND-PLAN-BALANCE@5"), codes.toString());
        assertFalse(has(actionCodes("Decision: A/R CC", "cost 1000 EUR", "funding self 999 EUR from CC"),
                "FUND-PLAN-BALANCE"), "a gap of 1 EUR is rounding");
        assertFalse(has(actionCodes("Decision: A/R CC", "cost 1000 EUR",
                "funding LEADER 800 EUR from GAL counterpart CC 200 EUR"), "FUND-PLAN-BALANCE"), "counterparts count");
        assertTrue(actionCodes("Decision: A/R CC", "cost 1000 EUR").contains("FUND-PLAN-BALANCE@5"),
                "a cost with no financing plan");
    }

    @Test
    void ownerShareOfAnInvestmentBelowTwentyPercent() {
        String lines = "MO: A/R %s|cost 1000 EUR %s|funding region %s EUR from Reg|funding self %s EUR from %s";
        assertTrue(actionCodes(lines.formatted("CC", "investment", "801", "199", "CC").split("\\|"))
                .contains("FUND-MO-SHARE@5"));
        assertFalse(has(actionCodes(lines.formatted("CC", "investment", "800", "200", "CC").split("\\|")),
                "FUND-MO-SHARE"), "20 % exactly is the minimum");
        assertFalse(has(actionCodes(lines.formatted("CC", "operating", "801", "199", "CC").split("\\|")),
                "FUND-MO-SHARE"), "operating costs are not bound");
        assertFalse(has(actionCodes(lines.formatted("PNR", "investment", "900", "100", "PNR").split("\\|")),
                "FUND-MO-SHARE"), "a syndicat mixte ouvert élargi is not bound");
        assertFalse(has(actionCodes("MO: A/R CC", "cost 6000 EUR investment", "funding region 800 EUR from Reg",
                "funding self 200 EUR", "funding private 5000 EUR from Boite"), "FUND-MO-SHARE"),
                "private money is not public funding; a self line without from is the owner's");
        assertTrue(actionCodes("MO: A/R CC", "cost 1000 EUR investment", "funding region 801 EUR from Reg",
                "funding self 199 EUR from Dep").contains("FUND-MO-SHARE@5"), "another actor's own funds");
    }

    @Test
    void euShareOfAnActionsPublicFunding() {
        List<String> codes = actionCodes("Decision: A/R CC", "Comm: A/R CC", "cost 1000 EUR",
                "funding LEADER 810 EUR from GAL", "funding self 190 EUR from CC");
        assertTrue(codes.contains("FUND-EU-RATE@7"), codes.toString());
        assertFalse(has(codes, "FUND-EU-COUNTERPART"), "the action holds a national public line");
        assertFalse(has(actionCodes("Decision: A/R CC", "Comm: A/R CC", "cost 1000 EUR",
                "funding LEADER 800 EUR from GAL", "funding self 200 EUR from CC"), "FUND-EU-RATE"));
        List<String> line = actionCodes("Decision: A/R CC", "Comm: A/R CC", "cost 1000 EUR",
                "funding LEADER 801 EUR from GAL counterpart CC 199 EUR");
        assertEquals(1, line.stream().filter("FUND-EU-RATE@7"::equals).count(), "reported once: " + line);
    }

    @Test
    void euLineWithoutCounterpartBesideANationalPublicLine() {
        assertTrue(actionCodes("Decision: A/R CC", "funding LEADER 800 EUR from GAL",
                "funding private 200 EUR from Boite").contains("FUND-EU-COUNTERPART@5"));
        assertTrue(actionCodes("Decision: A/R CC", "funding LEADER 800 EUR from GAL",
                "funding self 200 EUR from OT").contains("FUND-EU-COUNTERPART@5"), "own funds of an association");
        assertFalse(has(actionCodes("Decision: A/R CC", "funding LEADER 800 EUR from GAL",
                "funding department 200 EUR from Dep"), "FUND-EU-COUNTERPART"));
        String convention = plan(action("A1", "Decision: A/R CC") + """
                    convention C1 "C" kind application between CC, Dep covers A1 lead CC {
                        funding LEADER 800 EUR from GAL
                        funding %s 200 EUR from Dep
                    }
                """);
        assertFalse(has(codes(convention.formatted("department")), "FUND-EU-COUNTERPART"));
        assertTrue(codes(convention.formatted("private")).contains("FUND-EU-COUNTERPART@7"));
    }

    @Test
    void payerWithoutRoleOnTheFundingFunctions() {
        assertTrue(actionCodes("Fin: A/R CC", "funding region 100 EUR from Reg").contains("FUND-NO-ROLE@5"));
        assertFalse(has(actionCodes("Fin: A/R CC, S Reg", "funding region 100 EUR from Reg"), "FUND-NO-ROLE"));
        assertTrue(actionCodes("Decision: A/R CC, S Reg", "funding region 100 EUR from Reg")
                .contains("FUND-NO-ROLE@5"), "a role on another function does not count");
    }

    @Test
    void euFundedActionWithoutCommunication() {
        assertTrue(actionCodes("Decision: A/R CC", "funding LEADER 800 EUR from GAL counterpart CC 200 EUR")
                .contains("EU-NO-COMMUNICATION@3"));
        assertFalse(has(actionCodes("Decision: A/R CC", "Comm: A CC, R OT",
                "funding LEADER 800 EUR from GAL counterpart CC 200 EUR"), "EU-NO-COMMUNICATION"));
        String byConvention = plan(action("A1", "Decision: A/R CC") + """
                    convention C1 "C" kind application between CC, Dep covers A1 lead CC {
                        funding FEDER 800 EUR from Reg counterpart Dep 200 EUR
                    }
                """);
        assertTrue(codes(byConvention).contains("EU-NO-COMMUNICATION@3"));
        assertFalse(has(actionCodes("Decision: A/R CC", "funding region 800 EUR from Reg"), "EU-NO-COMMUNICATION"));
    }

    @Test
    void ownershipCarriedOutByAnotherActorNeedsAMandateOrATransfer() {
        String entries = action("A1", "MO: A CC, R Dep");
        List<String> alone = codes(plan(entries));
        assertTrue(alone.contains("MO-NO-MANDATE@4"), alone.toString());
        assertFalse(has(alone, "DELEG-NO-CONV"), "MO-NO-MANDATE replaces it on ownership functions");
        String convention = entries + """
                    convention C1 "C" kind %s between CC, Dep covers A1 lead CC {
                        commitment CC "x" amount 10 EUR
                    }
                """;
        assertTrue(codes(plan(convention.formatted("partnership"))).contains("MO-NO-MANDATE@4"));
        assertFalse(has(codes(plan(convention.formatted("mandate"))), "MO-NO-MANDATE"));
        assertFalse(has(codes(plan(convention.formatted("transfer"))), "MO-NO-MANDATE"));
        assertTrue(codes(plan(action("A1", "Real: A CC, R Dep"))).contains("DELEG-NO-CONV@4"),
                "other functions keep DELEG-NO-CONV");
    }

    /** A convention at line 4 of a plan, after a one-line action A1 where PNR, CC, Dep and OT hold roles. */
    static List<String> conventionCodes(String kind, String header, String... lines) {
        return codes(plan("    action A1 \"A1\" { Decision: A/R CC, R PNR, S Dep, C OT, C Mairie, C Reg }\n"
                + "    convention C1 \"C\" kind " + kind + " " + header + " {\n        "
                + String.join("\n        ", lines) + "\n    }\n"));
    }

    @Test
    void delegationOnlyBetweenAuthoritiesThatMayDelegate() {
        assertTrue(conventionCodes("delegation", "between CC, PNR covers A1 lead CC").contains("CONV-DELEG-PARTY@4"));
        assertTrue(conventionCodes("delegation", "between CC, OT covers A1 lead CC").contains("CONV-DELEG-PARTY@4"));
        assertFalse(has(conventionCodes("delegation", "between CC, Dep covers A1 lead CC"), "CONV-DELEG-PARTY"));
        assertFalse(has(conventionCodes("delegation", "between CC, GAL covers A1 lead CC"), "CONV-DELEG-PARTY"),
                "a party without a declared form is not judged");
        assertFalse(has(conventionCodes("partnership", "between CC, PNR covers A1"), "CONV-DELEG-PARTY"));
    }

    @Test
    void conventionWithoutLead() {
        assertTrue(conventionCodes("partnership", "between CC, PNR, Dep covers A1").contains("CONV-NO-LEAD@4"));
        assertFalse(has(conventionCodes("partnership", "between CC, PNR, Dep covers A1 lead PNR"), "CONV-NO-LEAD"));
        assertFalse(has(conventionCodes("partnership", "between CC, PNR covers A1"), "CONV-NO-LEAD"));
        assertTrue(conventionCodes("mandate", "between CC, Dep covers A1").contains("CONV-NO-LEAD@4"));
        assertTrue(conventionCodes("grouping", "between CC, Dep covers A1").contains("CONV-NO-LEAD@4"));
        assertTrue(conventionCodes("partnership", "between CC, PNR covers A1",
                "funding LEADER 800 EUR from GAL counterpart CC 200 EUR").contains("CONV-NO-LEAD@4"));
    }

    @Test
    void localAuthorityPartyWithoutDeliberation() {
        String lines = "deliberation CC \"n° 1\" on 2024-03-10|%s|status voted on 2024-03-10|status signed on 2024-04-01";
        assertTrue(conventionCodes("partnership", "between CC, Dep, OT covers A1 lead CC",
                lines.formatted("deliberation Dep \"n° 2\" on 2024-03-11").split("\\|")).contains("CONV-NO-DELIBERATION@4"));
        assertFalse(has(conventionCodes("partnership", "between CC, Dep, OT covers A1 lead CC",
                lines.formatted("deliberation Dep \"n° 2\" on 2024-03-10").split("\\|")), "CONV-NO-DELIBERATION"),
                "on the day of the vote; the association votes nothing");
        assertFalse(has(conventionCodes("partnership", "between CC, Dep covers A1 lead CC", "status draft on 2024-01-10"),
                "CONV-NO-DELIBERATION"), "a draft needs no deliberation");
    }

    @Test
    void statusesOutOfOrder() {
        String header = "between CC, Boite covers A1 lead CC";
        assertTrue(conventionCodes("partnership", header, "status draft on 2024-01-01", "status signed on 2024-02-01",
                "status voted on 2024-03-01").contains("CONV-STATUS-ORDER@7"));
        assertTrue(conventionCodes("partnership", header, "status voted on 2024-03-01", "status signed on 2024-02-01")
                .contains("CONV-STATUS-ORDER@6"));
        assertTrue(conventionCodes("partnership", header, "status signed on 2024-02-01", "status ended on 2025-02-01",
                "status terminated on 2025-03-01").contains("CONV-STATUS-ORDER@7"));
        assertTrue(conventionCodes("partnership", header, "status signed on 2024-02-01",
                "amendment Av1 \"Avenant\" on 2024-01-15").contains("CONV-STATUS-ORDER@6"));
        assertFalse(has(conventionCodes("partnership", header, "status draft on 2024-01-01",
                "status signed on 2024-02-01", "amendment Av1 \"Avenant\" on 2024-02-01",
                "status terminated on 2024-02-01"), "CONV-STATUS-ORDER"), "steps skipped, equal dates");
    }

    @Test
    void provisionWithoutAnyAmount() {
        assertTrue(conventionCodes("provision", "between CC, Mairie covers A1 reviewed by Dep",
                "commitment CC \"Mettre à disposition le service\"").contains("CONV-PROVISION-NO-AMOUNT@4"));
        assertFalse(has(conventionCodes("provision", "between CC, Mairie covers A1 reviewed by Dep",
                "commitment Mairie \"Rembourser\" amount 1200 EUR"), "CONV-PROVISION-NO-AMOUNT"));
    }

    @Test
    void partyOnlyInformed() {
        String text = plan(action("A1", "Decision: A/R CC, I Dep") + """
                    convention C1 "C" kind partnership between CC, Dep covers A1 {
                        commitment CC "x"
                    }
                """);
        assertTrue(codes(text).contains("CONV-PARTY-INFORMED@6"), codes(text).toString());
        assertFalse(has(codes(text.replace("I Dep", "I/C Dep")), "CONV-PARTY-INFORMED"));
    }

    @Test
    void generalRenewalDuringTheConventionWithoutAmendmentAfterIt() {
        String header = "between CC, Boite covers A1 from %s to 2027-12-31 lead CC";
        assertTrue(conventionCodes("partnership", header.formatted("2025-01-01")).contains("CONV-ELECTION@4"));
        assertTrue(conventionCodes("partnership", header.formatted("2026-03-15")).contains("CONV-ELECTION@4"),
                "the period contains its first day");
        assertFalse(has(conventionCodes("partnership", header.formatted("2026-03-16")), "CONV-ELECTION"));
        assertFalse(has(conventionCodes("partnership", header.formatted("2025-01-01"),
                "amendment Av1 \"Clause de revoyure\" on 2026-06-01"), "CONV-ELECTION"));
        assertTrue(conventionCodes("partnership", "between Dep, Boite covers A1 from 2026-01-01 to 2028-12-31 lead Dep")
                .contains("CONV-ELECTION@4"), "departmental renewal");
        assertFalse(has(conventionCodes("partnership", "between GAL, Boite covers A1 from 2025-01-01 to 2028-12-31 lead GAL"),
                "CONV-ELECTION"), "no form, no council");
    }

    @Test
    void evaluationWithoutOwner() {
        assertTrue(actionCodes("Decision: A/R CC", "indicator \"i\" target 3").contains("EVAL-NO-OWNER@3"));
        assertFalse(has(actionCodes("Decision: A/R CC", "indicator \"i\" target 3 by PNR"), "EVAL-NO-OWNER"));
        assertFalse(has(actionCodes("Decision: A/R CC", "Eval: A/R PNR", "indicator \"i\" target 3"), "EVAL-NO-OWNER"));
        assertFalse(has(actionCodes("Decision: A/R CC"), "EVAL-NO-OWNER"), "no indicator: EVAL-NO-INDICATOR's case");
    }

    @Test
    void doneActionWithoutMeasure() {
        assertTrue(actionCodes("Eval: A/R CC", "status started on 2024-01-01", "status done on 2025-01-01",
                "indicator \"i\" target 3").contains("ACTION-DONE-NO-MEASURE@6"));
        assertFalse(has(actionCodes("Eval: A/R CC", "status done on 2025-01-01",
                "indicator \"i\" target 3 { measured 4 in 2025 }"), "ACTION-DONE-NO-MEASURE"));
        assertFalse(has(actionCodes("Eval: A/R CC", "status done on 2025-01-01", "status started on 2025-02-01",
                "indicator \"i\" target 3"), "ACTION-DONE-NO-MEASURE"), "the last status is not done");
        assertFalse(has(actionCodes("Eval: A/R CC", "status done on 2025-01-01", "indicator \"i\""),
                "ACTION-DONE-NO-MEASURE"), "no target");
    }

    @Test
    void moreThanEightActorsInOneAction() {
        String eight = "Decision: A/R CC, C PNR, C Mairie, C Dep, C Reg, C OT, C GAL, I Boite";
        assertFalse(has(actionCodes(eight), "ACTION-MANY-ACTORS"));
        assertTrue(actionCodes(eight, "Real: A CC, R Synd").contains("ACTION-MANY-ACTORS@3"));
        assertFalse(has(actionCodes(eight, "Real: A CC, R Inconnu1", "Suivi: A/R Inconnu2"), "ACTION-MANY-ACTORS"),
                "unresolved names are not actors (each use would count as one more)");
    }

    /** The catalogue on BASE + {@code text}, with {@code settings}: codes only. */
    private static List<String> catalogue(String text, RuleSettings settings) {
        CoopFixture fixture = new CoopFixture(Locale.ENGLISH);
        CoopFile file = fixture.file(fixture.add("m", BASE + text));
        EcoreUtil.resolveAll(fixture.resourceSet());
        int offset = (int) BASE.lines().count();
        return new RuleCatalogue(Locale.ENGLISH, settings).check(List.of(file)).stream()
                .map((Finding f) -> f.code() + "@" + (NodeModelUtils.findActualNodeFor(f.target()).getStartLine() - offset))
                .toList();
    }

    @Test
    void thresholdAndRenewalDatesAreSettings() {
        String eight = plan(action("A1", "Decision: A/R CC, C PNR, C Mairie, C Dep, C Reg, C OT, C GAL, I Boite"));
        assertTrue(catalogue(eight, RuleSettings.DEFAULTS.withManyActorsThreshold(7)).contains("ACTION-MANY-ACTORS@3"));
        String convention = plan(action("A1", "Decision: A/R CC, R Boite") + """
                    convention C1 "C" kind partnership between CC, Boite covers A1 from 2029-01-01 to 2029-12-31 lead CC {
                        commitment CC "x"
                    }
                """);
        assertFalse(has(catalogue(convention, RuleSettings.DEFAULTS), "CONV-ELECTION"));
        assertTrue(catalogue(convention, RuleSettings.DEFAULTS.withRenewals(List.of(LocalDate.of(2029, 3, 1)),
                List.of(), List.of())).contains("CONV-ELECTION@6"));
    }

    @Test
    void messagesAndHintsInBothLanguages() {
        String text = BASE + plan(action("A1", "MO: A/R CC", "cost 1000 EUR investment",
                "funding region 900 EUR from Reg", "funding self 100 EUR from CC"));
        CoopFixture french = new CoopFixture(Locale.FRENCH);
        french.add("m", text);
        Issue share = french.validate().stream().filter(i -> "FUND-MO-SHARE".equals(i.getCode())).findFirst().orElseThrow();
        assertTrue(share.getMessage().contains("10.0 %") && share.getMessage().contains("L1111-10"), share.getMessage());
        assertTrue(share.getData()[0].contains("monuments protégés") && share.getData()[0].contains("calamités"),
                "the hint names the derogations: " + share.getData()[0]);
        CoopFixture english = new CoopFixture(Locale.ENGLISH);
        english.add("m", BASE + plan(action("A1", "Decision: A/R CC, R Boite") + """
                    convention C1 "C" kind partnership between CC, Boite covers A1 from 2025-01-01 to 2027-12-31 lead CC {
                        commitment CC "x"
                    }
                """));
        Issue election = english.validate().stream().filter(i -> "CONV-ELECTION".equals(i.getCode())).findFirst()
                .orElseThrow();
        assertTrue(election.getMessage().contains("municipal and community councils on 2026-03-15 (CC)"),
                election.getMessage());
        assertTrue(election.getData()[0].contains("review clause"), election.getData()[0]);
    }

    @Test
    void aLanguage10ModelGainsNoFindingOf11() {
        String text = RuleCatalogueHeadlessTest.BASE + """
                plan P "P" from 2024 to 2026 {
                    action A1 "A1" {
                        Decision: A/R PNR, C CC, C OT, C Far, I Boite, I Autre1, I Autre2, I Autre3, I Autre4
                        indicator "i" target 3
                    }
                    convention C1 "C" kind delegation between PNR, CC, OT, Boite covers A1 from 2025-01-01 to 2026-12-31 {
                        funding LEADER 800 EUR from PNR
                        funding region 200 EUR from CC
                        committee K "K" members PNR
                    }
                }
                actor Autre1 "1" public
                actor Autre2 "2" public
                actor Autre3 "3" public
                actor Autre4 "4" public
                """;
        CoopFixture fixture = new CoopFixture(Locale.ENGLISH);
        fixture.add("m", text);
        List<String> codes = fixture.validate().stream().map(Issue::getCode).distinct().sorted().toList();
        assertEquals(List.of("CONV-LEGAL", "FUND-EU-COUNTERPART"), codes,
                "the 1.0 findings only, the EU line still without counterpart");
    }
}
