package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.formatting2.TextFormatting;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.ActionStatus;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionKind;
import org.maillage.model.coop.ConventionStatus;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Expenditure;
import org.maillage.model.coop.FundingSource;
import org.maillage.model.coop.Indicator;
import org.maillage.model.coop.LegalForm;
import org.maillage.model.coop.Nature;

/** The clauses of language 1.1: what they put in the model, their layout, and their mistakes. */
class Language11HeadlessTest {

    private static final String MODEL = """
            territory Parc "Parc" kind park
            actor PNR "Syndicat mixte du Parc" public form widesyndicate covers Parc
            actor CC "Communauté de communes" public form epci covers Parc
            actor GAL "GAL" public
            function MaitriseOuvrage "Maîtrise d'ouvrage" political ownership
            function Financement "Financement" funding
            plan P "Plan" from 2024 to 2026 {
                action A1 "Action" on Parc {
                    MaitriseOuvrage: A/R CC
                    Financement: A/R CC, S GAL
                    cost 100000 EUR eligible 95000.50 EUR investment
                    funding LEADER 48000 EUR from GAL counterpart PNR 12000 EUR
                    funding self 40000 EUR from CC
                    status planned on 2024-01-08
                    status started
                    indicator "Sentiers" unit "km" baseline 40 target 120 by PNR {
                        measured 65 in 2024
                        measured 92 in 2025
                    }
                }
                convention Cadre "Cadre" kind framework
                    between PNR, CC lead PNR {
                    committee K1 "Copil" members PNR, CC
                }
                convention C1 "Mandat" kind mandate
                    between CC, PNR covers A1 from 2024-03-01 to 2026-12-31 lead CC under Cadre {
                    committee K2 "Copil" members PNR, CC
                    status draft on 2024-01-15
                    deliberation CC "Délibération n° 2024-027 du conseil communautaire" on 2024-02-15
                    status voted on 2024-02-20
                    status signed on 2024-03-01
                    amendment Av1 "Avenant n° 1" on 2025-06-12
                }
            }
            """;

    private final TextFormatting formatting = CoopFixture.injector().getInstance(TextFormatting.class);

    @Test
    void everyClauseReachesTheModel() {
        CoopFixture fixture = new CoopFixture();
        XtextResource resource = fixture.add("f", MODEL);
        assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
        CoopFile file = fixture.file(resource);
        Actor pnr = file.getActors().get(0);
        assertEquals(LegalForm.WIDESYNDICATE, pnr.getForm());
        assertTrue(pnr.isSetForm());
        assertFalse(file.getActors().get(2).isSetForm(), "a form is optional");
        assertEquals(Nature.OWNERSHIP, file.getFunctions().get(0).getNature());

        Action action = file.getPlans().get(0).getActions().get(0);
        assertEquals(new BigDecimal("100000"), action.getCost().getAmount());
        assertEquals(new BigDecimal("95000.50"), action.getCost().getEligible());
        assertEquals(Expenditure.INVESTMENT, action.getCost().getExpenditure());
        assertEquals(2, action.getFundings().size());
        assertEquals(FundingSource.LEADER, action.getFundings().get(0).getSource());
        assertEquals("PNR", action.getFundings().get(0).getCounterpart().getName());
        assertEquals(List.of(ActionStatus.PLANNED, ActionStatus.STARTED),
                action.getStatuses().stream().map(s -> s.getStatus()).toList());
        assertEquals("2024-01-08", action.getStatuses().get(0).getDate());
        Indicator indicator = action.getIndicators().get(0);
        assertEquals("km", indicator.getUnit());
        assertEquals(new BigDecimal("40"), indicator.getBaseline());
        assertEquals("PNR", indicator.getBy().getName());
        assertEquals(List.of(2024, 2025), indicator.getMeasures().stream().map(m -> m.getYear()).toList());

        Convention mandate = file.getPlans().get(0).getConventions().get(1);
        assertEquals(ConventionKind.MANDATE, mandate.getKind());
        assertEquals("Cadre", mandate.getUnder().getName());
        assertEquals(List.of(ConventionStatus.DRAFT, ConventionStatus.VOTED, ConventionStatus.SIGNED),
                mandate.getStatuses().stream().map(s -> s.getStatus()).toList());
        assertEquals("CC", mandate.getDeliberations().get(0).getParty().getName());
        assertEquals("Délibération n° 2024-027 du conseil communautaire", mandate.getDeliberations().get(0).getAct());
        assertEquals("Av1", mandate.getAmendments().get(0).getName());
        assertEquals("2025-06-12", mandate.getAmendments().get(0).getDate());
    }

    @Test
    void theNewLinesAreLaidOutLikeTheOthers() {
        String messy = MODEL.replace("    cost 100000 EUR", "cost   100000 EUR").replace("measured 65 in 2024\n",
                "measured 65   in 2024 ").replace("        status draft on 2024-01-15\n", "status draft on 2024-01-15 ")
                .replace("under Cadre {", "under   Cadre{");
        XtextResource resource = new CoopFixture().add("f", messy);
        assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
        String once = formatting.format(resource);
        assertEquals(MODEL, once);
        assertEquals(once, formatting.format(new CoopFixture().add("f", once)), "idempotent");
    }

    @Test
    void aNameEqualToA11KeywordIsEscapedAndTheErrorSaysHow() {
        List<Issue> issues = validate("actor status \"Ancien nom\" public\n");
        assertTrue(issues.stream().anyMatch(i -> i.getCode().startsWith("SYNTAX") && i.getData() != null
                && String.join(" ", i.getData()).contains("^status")), issues.toString());
        List<Issue> escaped = validate("""
                actor ^status "Ancien nom" public
                function F "F"
                plan P "P" from 2024 to 2026 {
                    action A1 "A" {
                        F: A/R ^status
                    }
                }
                """);
        assertTrue(escaped.stream().noneMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR),
                escaped.toString());
    }

    @Test
    void everyNewDateIsChecked() {
        List<Issue> issues = validate(MODEL.replace("on 2024-01-08", "on 2024-13-08")
                .replace("status draft on 2024-01-15", "status draft on 2024-02-30")
                .replace("\" on 2024-02-15", "\" on 2024-00-15").replace("on 2025-06-12", "on 2025-06-31"));
        assertEquals(4, issues.stream().filter(i -> "VALUE-DATE".equals(i.getCode())).count(), issues.toString());
    }

    @Test
    void aSecondCostLineIsAnErrorOnThatLine() {
        String text = MODEL.replace("status planned on", "cost 5 EUR\n        status planned on");
        List<Issue> issues = validate(text);
        int line = (int) text.lines().takeWhile(l -> !l.contains("cost 5 EUR")).count() + 1;
        assertTrue(issues.stream().anyMatch(i -> "COST-REPEATED".equals(i.getCode()) && i.getLineNumber() == line),
                issues.toString());
        assertTrue(validate(MODEL).stream().noneMatch(i -> "COST-REPEATED".equals(i.getCode())));
        // found by the language fuzzer: the dropped cost line made the formatter throw
        assertEquals(text, formatting.format(new CoopFixture().add("f", text)), "left as written");
    }

    private static List<Issue> validate(String text) {
        CoopFixture fixture = new CoopFixture();
        fixture.add("f", text);
        return fixture.validate();
    }
}
