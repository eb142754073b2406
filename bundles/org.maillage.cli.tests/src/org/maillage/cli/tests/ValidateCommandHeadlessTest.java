package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ValidateCommandHeadlessTest {

    @TempDir
    Path dir;

    @Test
    void referenceExampleValidatesWithExitZeroAndNoErrorOrWarning() {
        CliRun run = CliRun.in(CliRun.examples().getParent(), "validate", "examples/monts-ardeche");
        assertEquals(0, run.exit(), run.toString());
        assertFalse(run.out().contains(": error:") || run.out().contains(": warning:"), run.out());
        assertTrue(run.out().contains("examples/monts-ardeche/referentiel.coop:27:7: info: "), run.out());
    }

    @Test
    void eachPitfallOfLanguage11IsReportedAtItsDocumentedLine() throws Exception {
        Files.writeString(dir.resolve("pitfalls11.coop"), Pitfalls11.TEXT);
        CliRun run = CliRun.in(dir, "validate", "--lang", "en", "pitfalls11.coop");
        assertEquals(1, run.exit(), run.toString());
        assertEquals(Pitfalls11.EXPECTED.stream().sorted().toList(), codesAtLines(run, "pitfalls11.coop"), run.out());
    }

    @Test
    void aLanguage10ModelReportsExactlyItsFindingsOf10() throws Exception {
        Files.writeString(dir.resolve("pitfalls.coop"), Pitfalls.TEXT);
        CliRun run = CliRun.in(dir, "validate", "--lang", "en", "pitfalls.coop");
        assertEquals(Pitfalls.REPORTED, codesAtLines(run, "pitfalls.coop"), run.out());
    }

    /** CODE@line of each diagnostic line of a run on one file, sorted. */
    private static List<String> codesAtLines(CliRun run, String file) {
        return run.out().lines().filter(l -> l.startsWith(file + ":"))
                .map(l -> l.substring(l.lastIndexOf('[') + 1, l.length() - 1) + "@" + l.split(":")[1]).sorted().toList();
    }

    @Test
    void eachPitfallIsReportedAtItsLineWithItsCode() throws Exception {
        Files.writeString(dir.resolve("pitfalls.coop"), Pitfalls.TEXT);
        CliRun run = CliRun.in(dir, "validate", "--lang", "en", "pitfalls.coop");
        assertEquals(1, run.exit(), run.toString());
        for (String expected : Pitfalls.EXPECTED) {
            String[] parts = expected.split("@");
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith("pitfalls.coop:" + parts[1] + ":")
                    && l.endsWith("[" + parts[0] + "]")), expected + " in\n" + run.out());
        }
    }

    @Test
    void linesAreSortedAndHintsIndented() throws Exception {
        Files.writeString(dir.resolve("pitfalls.coop"), Pitfalls.TEXT);
        List<String> lines = CliRun.in(dir, "validate", "pitfalls.coop").out().lines().toList();
        int previous = 0;
        for (String line : lines) {
            if (line.startsWith("    hint: ")) {
                continue;
            }
            assertTrue(line.matches("pitfalls\\.coop:\\d+:\\d+: (error|warning|info): .+ \\[[A-Z-]+\\]"), line);
            int number = Integer.parseInt(line.split(":")[1]);
            assertTrue(number >= previous, "sorted by line: " + lines);
            previous = number;
        }
    }

    @Test
    void jsonFormatFollowsTheDocumentedSchema() throws Exception {
        Files.writeString(dir.resolve("pitfalls.coop"), Pitfalls.TEXT);
        CliRun run = CliRun.in(dir, "validate", "--format", "json", "pitfalls.coop");
        assertEquals(1, run.exit());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(1, json.get("version").getAsInt());
        assertEquals(1, json.get("files").getAsInt());
        JsonObject first = json.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        for (String key : List.of("path", "line", "column", "severity", "code", "message")) {
            assertTrue(first.has(key), key);
        }
        assertTrue(json.getAsJsonObject("summary").get("errors").getAsInt() > 0);
    }

    @Test
    void missingPathOrNoCoopFileIsExitTwoWithOneLine() throws Exception {
        CliRun missing = CliRun.in(dir, "validate", "nowhere");
        assertEquals(2, missing.exit());
        assertEquals("maillage validate: chemin introuvable : " + dir.resolve("nowhere") + "\n", missing.err());
        Files.createDirectories(dir.resolve("empty"));
        Files.writeString(dir.resolve("empty/notes.txt"), "x");
        CliRun empty = CliRun.in(dir, "validate", "empty");
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("aucun fichier .coop"), empty.err());
        assertEquals(2, CliRun.in(dir, "validate").exit());
        assertEquals(2, CliRun.in(dir, "validate", "--format", "xml", "x.coop").exit());
    }

    @Test
    void badBytesAreReportedWithTheirPositionAndNeverCrash() throws Exception {
        Files.write(dir.resolve("latin1.coop"), "actor A1 \"Ardèche\" public\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("binary.coop"), new byte[] { 'a', 'c', 0, 1, 2, (byte) 0xff });
        Files.writeString(dir.resolve("empty.coop"), "");
        Files.writeString(dir.resolve("nested.coop"), "actor N \"N\" public " + "{".repeat(10_000) + "}".repeat(10_000));
        CliRun run = CliRun.in(dir, "validate", ".");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("latin1.coop:1:14: error: ") && run.out().contains("[FILE-ENCODING]"), run.out());
        assertTrue(run.out().contains("binary.coop:1:3: error: ") && run.out().contains("[FILE-BINARY]"), run.out());
        assertTrue(run.out().contains("nested.coop:1:") && run.out().contains("[FILE-NESTING]"), run.out());
        assertFalse(run.out().contains("empty.coop"), "an empty file is an empty model");
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void hugeFileIsRefusedWithoutParsing() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        Files.write(dir.resolve("huge.coop"), big);
        CliRun run = CliRun.in(dir, "validate", "huge.coop");
        assertEquals(1, run.exit());
        assertTrue(run.out().startsWith("huge.coop:1:1: error: ") && run.out().contains("[FILE-TOO-LARGE]"), run.out());
    }

    @Test
    void territoryCycleIsAnErrorNotAHang() throws Exception {
        Files.writeString(dir.resolve("cycle.coop"),
                "territory A1 \"a\" kind area within B1\nterritory B1 \"b\" kind area within A1\n");
        CliRun run = CliRun.in(dir, "validate", "cycle.coop");
        assertEquals(1, run.exit());
        assertEquals(2, run.out().lines().filter(l -> l.endsWith("[TERR-CYCLE]")).count(), run.out());
    }

    @Test
    void filesOfAFolderFormOneModel() throws Exception {
        Files.writeString(dir.resolve("a.coop"), "territory T \"t\" kind area\n");
        Files.writeString(dir.resolve("b.coop"), "actor X \"x\" public covers T\nactor Y \"y\" public covers Nowhere\n");
        CliRun run = CliRun.in(dir, "validate", "--lang", "en", ".");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("b.coop:2:27: error: Territory 'Nowhere' not found [LINK-UNRESOLVED]"), run.out());
        assertFalse(run.out().contains("'T' not found"), run.out());
    }
}
