package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.ActionStatus;
import org.maillage.model.coop.ActionStep;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionStatus;
import org.maillage.model.coop.ConventionStep;
import org.maillage.model.coop.CoopFactory;
import org.maillage.model.services.LifeCycle;

/** The statuses other generators and views print come with their dates in words, never ISO digits. */
class LifeCycleHeadlessTest {

    private static final CoopFactory FACTORY = CoopFactory.eINSTANCE;

    private static Convention convention(String... dates) {
        Convention convention = FACTORY.createConvention();
        for (String date : dates) {
            ConventionStep step = FACTORY.createConventionStep();
            step.setStatus(ConventionStatus.SIGNED);
            step.setDate(date);
            convention.getStatuses().add(step);
        }
        return convention;
    }

    @Test
    void aConventionsStatusHasItsDateInWords() {
        assertEquals("Signée le 12 mars 2025", LifeCycle.describe(convention("2025-03-12"), Locale.FRENCH));
        assertEquals("Signée le 1er avril 2025", LifeCycle.describe(convention("2025-04-01"), Locale.FRENCH));
        assertEquals("Signed on 12 March 2025", LifeCycle.describe(convention("2025-03-12"), Locale.ENGLISH));
        assertEquals("Signée", LifeCycle.describe(convention((String) null), Locale.FRENCH), "no date, no words");
        assertEquals("", LifeCycle.describe(convention(), Locale.FRENCH), "no status");
    }

    @Test
    void anActionsStatusHasItsDateInWords() {
        Action action = FACTORY.createAction();
        ActionStep step = FACTORY.createActionStep();
        step.setStatus(ActionStatus.STARTED);
        step.setDate("2024-04-02");
        action.getStatuses().add(step);
        assertEquals("Engagée le 2 avril 2024", LifeCycle.describe(action, Locale.FRENCH));
        assertEquals(LifeCycle.words("Started", "2024-04-02", Locale.ENGLISH), "Started on 2 April 2024");
    }
}
