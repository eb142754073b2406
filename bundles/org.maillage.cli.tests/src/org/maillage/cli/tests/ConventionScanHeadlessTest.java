package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every convention generated from the reference example (French and English) and from the test
 * model of each kind, in ODT, DOCX and Markdown, read as text: no ISO date, no inclusive "(e)", no
 * RACI cell turned into a sentence, no Park charter without a Park party, no chef de file
 * without a lead, no "null", no unfilled field.
 */
class ConventionScanHeadlessTest {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The conventions with a Park party (syndicat mixte of a park): the example's and the test models'. */
    private static final Set<String> PARK = Set.of("CadreValEyrieux", "ConvSentiers", "ConvCircuits", "ConvVergers",
            "framework", "application", "partnership", "Cadre");

    /** The conventions with a lead. */
    private static final Set<String> LEAD = Set.of("CadreValEyrieux", "ConvSentiers", "ConvCircuits", "ConvVergers",
            "ConvVelo", "framework", "application", "mandate", "transfer", "grouping", "Cadre");

    @TempDir
    Path dir;

    @Test
    void noGeneratedConventionSaysWhatALawyerWouldStrike() throws Exception {
        Path top = CliRun.examples().getParent();
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] { "fr", "examples/monts-ardeche", "example-fr" });
        runs.add(new String[] { "en", "examples/monts-ardeche", "example-en" });
        for (String kind : ConventionKindsHeadlessTest.KINDS) {
            runs.add(new String[] { "fr", ConventionKindsHeadlessTest.model(kind).toString(), kind });
        }
        int documents = 0;
        for (String[] r : runs) {
            Path out = dir.resolve(r[2]);
            CliRun run = CliRun.in(top, "generate", "convention", "--lang", r[0], "--format", "odt,docx,md", "-o",
                    out.toString(), r[1]);
            assertEquals(0, run.exit(), run.toString());
            try (Stream<Path> files = Files.list(out)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString().replaceFirst("\\..*$", "");
                    String id = name.equals("K") ? r[2] : name;
                    String text = DocumentText.of(file);
                    String where = r[2] + "/" + file.getFileName();
                    assertFalse(ISO_DATE.matcher(text).find(), where + ": an ISO date: " + text);
                    assertFalse(text.contains("(e)"), where + ": an inclusive (e)");
                    assertFalse(text.contains("réalise la fonction") || text.contains("carries out function"),
                            where + ": a RACI cell as a sentence");
                    assertFalse(text.contains("est informé") || text.contains("is informed"),
                            where + ": being informed written as the informed party's commitment");
                    assertFalse(Pattern.compile("\\bnull\\b").matcher(text).find(), where + ": null");
                    assertFalse(text.contains("${") || text.contains("[#"), where + ": an unfilled field");
                    if (!PARK.contains(id)) {
                        assertFalse(text.contains("Vu la charte") || text.contains("charter of the regional"),
                                where + ": the Park's charter without a Park party");
                    }
                    if (!LEAD.contains(id)) {
                        assertFalse(text.contains("chef de file") || text.contains("lead partner"),
                                where + ": a chef de file without a lead");
                    }
                    documents++;
                }
            }
        }
        assertEquals(3 * (5 + 5 + 9 + 1), documents, "every document scanned (the application model has two)");
        assertTrue(documents > 0);
    }
}
