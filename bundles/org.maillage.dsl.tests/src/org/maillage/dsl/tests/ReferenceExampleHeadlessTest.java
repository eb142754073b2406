package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Plan;

/** The reference model of shared/ must always parse and validate with no error and no warning. */
class ReferenceExampleHeadlessTest {

    @Test
    void montsArdecheHasNoErrorAndNoWarning() throws Exception {
        CoopFixture fixture = new CoopFixture().addFolder(CoopFixture.examples().resolve("monts-ardeche"));
        List<Issue> issues = fixture.validate();
        List<Issue> serious = issues.stream().filter(i -> i.getSeverity() != Severity.INFO).toList();
        assertTrue(serious.isEmpty(), serious.toString());
        List<String> infos = issues.stream().map(Issue::getCode).distinct().sorted().toList();
        assertEquals(List.of("CONV-ELECTION", "UNUSED-ACTOR"), infos,
                "the unused actors of the référentiel, and the conventions running past the 2026 municipal elections");
    }

    @Test
    void planIsLinkedAcrossFiles() throws Exception {
        CoopFixture fixture = new CoopFixture().addFolder(CoopFixture.examples().resolve("monts-ardeche"));
        fixture.validate();
        Plan plan = fixture.resourceSet().getResources().stream().map(r -> (CoopFile) r.getContents().get(0))
                .flatMap(f -> f.getPlans().stream()).filter(p -> p.getName().equals("PlanValEyrieux")).findFirst()
                .orElseThrow();
        assertEquals(2024, plan.getFromYear());
        assertEquals("CCVE", plan.getActions().get(0).getAssignments().get(0).getRoles().get(0).getActor().getName());
        assertEquals("ValEyrieux", plan.getActions().get(0).getTerritory().getName());
        assertEquals("Communauté de communes Val'Eyrieux", plan.getActions().get(0).getTerritory().getTitle());
    }
}
