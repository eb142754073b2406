package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.maillage.model.coop.CoopFactory;
import org.maillage.model.coop.Territory;
import org.maillage.model.services.Territories;
import org.maillage.model.services.TerritoryNesting;

/**
 * The {@code within} relation computed once for a model ({@link TerritoryNesting}, which TERR-CYCLE,
 * TERR-COVER and OVERLAP use) answers as the walks of {@link Territories} do, on forests with
 * chains, branches, cycles and paths leading into cycles; and TERR-CYCLE on a long cycle reports
 * each territory with a message of bounded length.
 */
class TerritoryNestingHeadlessTest {

    @Test
    void answersAsTheWalksDoOnRandomForestsWithCycles() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<Territory> territories = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                Territory territory = CoopFactory.eINSTANCE.createTerritory();
                territory.setName("T" + i);
                territories.add(territory);
            }
            for (Territory territory : territories) {
                if (random.nextInt(4) > 0) {
                    territory.setWithin(territories.get(random.nextInt(count)));
                }
                if (random.nextInt(6) == 0) {
                    territory.getOverlaps().add(territories.get(random.nextInt(count)));
                }
            }
            // the nesting of part of the territories still knows those they lie within
            List<Territory> indexed = territories.subList(0, 1 + random.nextInt(count));
            TerritoryNesting nesting = TerritoryNesting.of(indexed);
            for (Territory a : territories) {
                assertEquals(Territories.cycleThrough(a), List.copyOf(nesting.cycleThrough(a)), "cycle of " + a.getName());
                for (Territory b : territories) {
                    String pair = round + ": " + a.getName() + ", " + b.getName();
                    assertEquals(Territories.isWithin(a, b), nesting.isWithin(a, b), "within " + pair);
                    assertEquals(Territories.meet(a, b), nesting.meet(a, b), "meet " + pair);
                    if (indexed.contains(b)) {
                        assertEquals(Territories.meet(a, b), nesting.meeting(a).contains(b), "meeting " + pair);
                    }
                }
            }
        }
    }

    @Test
    void aLongCycleIsReportedOnEachTerritoryWithABoundedMessage() {
        int length = 500;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append("territory T").append(i).append(" \"t\" kind area within T").append((i + 1) % length).append('\n');
        }
        CoopFixture fixture = new CoopFixture(Locale.ENGLISH);
        fixture.add("cycle", text.toString());
        List<Issue> cycles = fixture.validate().stream().filter(i -> "TERR-CYCLE".equals(i.getCode())).toList();
        assertEquals(length, cycles.size());
        for (Issue issue : cycles) {
            assertTrue(issue.getMessage().length() < 1000, issue.getMessage());
            assertTrue(issue.getMessage().contains("(" + length + ")"), issue.getMessage());
        }
        assertTrue(cycles.get(0).getMessage().contains("T0, T1, T2"), cycles.get(0).getMessage());
    }
}
