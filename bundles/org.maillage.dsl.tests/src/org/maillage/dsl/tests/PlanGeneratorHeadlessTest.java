package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.samples.PlanGenerator;

/** The generated models the benchmarks and the round-trip harness use: valid, and using all of 1.1. */
class PlanGeneratorHeadlessTest {

    private static final List<String> CLAUSES_1_1 = List.of(" form widesyndicate", " form epci", " ownership\n",
            " evaluation\n", "        cost ", " eligible ", " investment\n", " operating\n", "funding LEADER",
            "funding self", "status planned on", "status done on", "status postponed\n", " unit \"km\"",
            " baseline ", " by PNR", "measured ", " under ", "status draft on", "status voted on",
            "status signed on", "status terminated on", "deliberation ", "amendment ", "kind mandate",
            "kind transfer", "kind service", "kind provision");

    @Test
    void a11ModelHasNoErrorAndUsesEveryNewClause() {
        String text = new PlanGenerator(7, PlanGenerator.Size.M).generate();
        for (String clause : CLAUSES_1_1) {
            assertTrue(text.contains(clause), clause);
        }
        CoopFixture fixture = new CoopFixture();
        fixture.add("m", text);
        List<Issue> errors = fixture.validate().stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void a10ModelIsWrittenAsBefore() {
        String text = new PlanGenerator(7, PlanGenerator.Size.S, PlanGenerator.Version.V1_0).generate();
        for (String clause : List.of(" form ", "        cost ", "funding self", "status ", " unit ", "measured ",
                " under ", "deliberation ", "amendment ", "kind mandate")) {
            assertFalse(text.contains(clause), clause);
        }
        CoopFixture fixture = new CoopFixture();
        fixture.add("s", text);
        assertTrue(fixture.validate().stream().noneMatch(i -> i.getSeverity() == Severity.ERROR));
    }
}
