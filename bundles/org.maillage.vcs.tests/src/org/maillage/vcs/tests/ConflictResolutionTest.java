package org.maillage.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.vcs.Conflict;
import org.maillage.vcs.ConflictFiles;
import org.maillage.vcs.ConflictResolution;
import org.maillage.vcs.PlanFiles;
import org.maillage.vcs.internal.report.ConflictReport;

/** Resolving a merge conflict after the merge: their value written into our text, the conflict taken out of the .conflicts JSON. */
class ConflictResolutionTest {

    private static final String FILE = "plan-val-eyrieux.coop";

    @TempDir
    Path work;

    private Path plan;
    private String ours;
    private Map<String, String> context;

    @BeforeEach
    void example() throws Exception {
        Run.copyExample(work);
        plan = work.resolve(FILE);
        ours = Files.readString(plan);
        context = PlanFiles.siblings(plan, Locale.FRENCH);
    }

    private String takeTheirs(Conflict conflict) {
        return ConflictResolution.takeTheirs(ours, conflict, context, plan.toString(), Locale.FRENCH);
    }

    @Test
    void theirAmountReplacesOursAndNothingElseChanges() {
        Conflict amount = new Conflict(Conflict.Kind.BOTH_CHANGED, "PlanValEyrieux/Sentiers/funding LEADER", "amount", "48000", "45000");
        assertEquals(ours.replace("funding LEADER 48000 EUR from GAL", "funding LEADER 45000 EUR from GAL"), takeTheirs(amount));
    }

    @Test
    void theirReferenceIsPointedAtTheActorOfThatName() {
        Conflict lead = new Conflict(Conflict.Kind.BOTH_CHANGED, "PlanValEyrieux/ConvSentiers", "lead", "CCVE", "PNR");
        assertEquals(ours.replace("covers Sentiers from 2024-03-01 to 2026-12-31 lead CCVE under",
                "covers Sentiers from 2024-03-01 to 2026-12-31 lead PNR under"), takeTheirs(lead));
    }

    @Test
    void whatCannotBeWrittenIsNull() {
        assertNull(takeTheirs(new Conflict(Conflict.Kind.BOTH_CHANGED, "PlanValEyrieux/Disparue", "title", "a", "b")),
                "an element we no longer have");
        assertNull(takeTheirs(new Conflict(Conflict.Kind.BOTH_CHANGED, "PlanValEyrieux/ConvSentiers", "lead", "CCVE", "Inconnu")),
                "a name we do not have");
        assertNull(takeTheirs(new Conflict(Conflict.Kind.BOTH_CHANGED, "PlanValEyrieux/Sentiers/funding LEADER", "amount", "48000", "beaucoup")),
                "not a number");
        Conflict deleted = new Conflict(Conflict.Kind.CHANGED_DELETED, "PlanValEyrieux/Sentiers", null, "Schéma", "");
        assertFalse(ConflictResolution.canTakeTheirs(deleted));
        assertNull(takeTheirs(deleted), "a whole element's conflict has no value to take");
    }

    @Test
    void aResolvedConflictLeavesTheFileAndTheLastOneLeavesNothing() {
        Conflict amount = new Conflict(Conflict.Kind.BOTH_CHANGED, "PlanValEyrieux/Sentiers/funding LEADER", "amount", "48000", "45000");
        Conflict title = new Conflict(Conflict.Kind.BOTH_CHANGED, "PlanValEyrieux/Sentiers", "title", "Schéma des sentiers de randonnée",
                "Schéma des sentiers");
        String both = ConflictReport.json(FILE, List.of(amount, title));
        String left = ConflictFiles.without(both, amount);
        assertEquals(ConflictReport.json(FILE, List.of(title)), left);
        assertTrue(ConflictResolution.canTakeTheirs(title));
        assertNull(ConflictFiles.without(left, title));
    }
}
