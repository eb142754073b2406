package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.formatting2.TextFormatting;

class FormatterHeadlessTest {

    private final TextFormatting formatting = CoopFixture.injector().getInstance(TextFormatting.class);

    private String format(String text) {
        XtextResource resource = new CoopFixture().add("f", text);
        assertTrue(resource.getParseResult().getSyntaxErrors().iterator().hasNext() == false,
                "the input parses: " + resource.getErrors());
        return formatting.format(resource);
    }

    @Test
    void examplesAreAlreadyInTheFormatterStyle() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CoopFixture.examples())) {
            files = walk.filter(p -> p.toString().endsWith(".coop")).sorted().toList();
        }
        assertTrue(files.size() >= 2);
        for (Path file : files) {
            String text = Files.readString(file);
            assertEquals(text, format(text), file.toString());
        }
    }

    @Test
    void messyTextGetsTheReferenceStyleAndKeepsComments() {
        String messy = """
                // Référentiel
                territory   Parc "Le parc"   kind park
                actor PNR "Le Parc" public covers Parc {political "Comité syndical"
                  technical    "Équipe" }
                function Decision "Décision"    political
                /* plan */ plan P "Plan" from 2024 to 2026 { partners PNR
                action A1 "Action" theme "Tourisme" on Parc {
                Decision :A / R PNR ,C PNR
                indicator "Km" target 12.5 }
                convention C1 "Conv" kind application between PNR covers A1 from 2024-01-01 to 2024-12-31 lead PNR { commitment PNR "Faire" amount 10 EUR
                committee Copil "Copil" members PNR meets 2 per year } }
                """;
        String expected = """
                // Référentiel
                territory Parc "Le parc" kind park
                actor PNR "Le Parc" public covers Parc {
                    political "Comité syndical"
                    technical "Équipe"
                }
                function Decision "Décision" political
                /* plan */ plan P "Plan" from 2024 to 2026 {
                    partners PNR
                    action A1 "Action" theme "Tourisme" on Parc {
                        Decision: A/R PNR, C PNR
                        indicator "Km" target 12.5
                    }
                    convention C1 "Conv" kind application
                        between PNR covers A1 from 2024-01-01 to 2024-12-31 lead PNR {
                        commitment PNR "Faire" amount 10 EUR
                        committee Copil "Copil" members PNR meets 2 per year
                    }
                }
                """;
        String once = format(messy);
        assertEquals(expected, once);
        assertEquals(once, format(once), "formatting is idempotent");
    }
}
