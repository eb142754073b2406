package org.maillage.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.samples.PlanGenerator;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.exchange.Exchange;
import org.maillage.model.exchange.JsonExchange;
import org.maillage.model.exchange.XmiExchange;

/**
 * Round trips over 1,000 generated plans (random seeds, every construct the generator writes):
 * text → model → text is stable after one format, and the model survives XMI and JSON unchanged.
 */
class RoundTripTest {

    static final int PLANS = 1_000;

    @Test
    void thousandGeneratedPlansSurviveFormatXmiAndJson() throws Exception {
        for (long seed = 1; seed <= PLANS; seed++) {
            String text = new PlanGenerator(seed, PlanGenerator.Size.S).generate();
            XtextResource parsed = Language.parse(text);
            assertTrue(Language.check(parsed).stream().noneMatch(i -> i.getSeverity() == Severity.ERROR),
                    "plan " + seed + " is valid");
            String formatted = Language.format(parsed);
            XtextResource again = Language.parse(formatted);
            assertEquals(formatted, Language.format(again), "plan " + seed + ": stable after one format");
            CoopFile model = Language.model(parsed);
            assertTrue(EcoreUtil.equals(model, Language.model(again)), "plan " + seed + ": format keeps the model");
            for (Exchange exchange : List.of(new XmiExchange(), new JsonExchange())) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                exchange.write(List.of(model), out);
                List<CoopFile> back = exchange.read(new ByteArrayInputStream(out.toByteArray()));
                assertEquals(1, back.size());
                assertTrue(EcoreUtil.equals(model, back.get(0)),
                        "plan " + seed + ": " + exchange.getClass().getSimpleName() + " keeps the model");
            }
        }
    }
}
