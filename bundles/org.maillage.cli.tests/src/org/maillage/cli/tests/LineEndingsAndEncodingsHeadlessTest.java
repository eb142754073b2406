package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written on Windows or classic Mac OS, with a byte order mark, or not in UTF-8 (issue #24, item 14). */
class LineEndingsAndEncodingsHeadlessTest {

    /** Formatted already, a comment line included (the formatter keeps a comment's own line break). */
    private static final String TEXT = """
            // Territoires
            territory T "Ardèche" kind area
            actor Mairie "Commune" public covers T
            """;

    /** The same model, badly laid out. */
    private static final String UNFORMATTED = "// Territoires\nterritory   T \"Ardèche\" kind area\n"
            + "actor Mairie \"Commune\"    public covers T\n";

    @TempDir
    Path dir;

    private Path write(String name, String text, String separator, boolean bom) throws Exception {
        byte[] body = text.replace("\n", separator).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = body;
        if (bom) {
            bytes = new byte[body.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(body, 0, bytes, 3, body.length);
        }
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void formattedCrlfOrCrOrBomFilesAreLeftAlone() throws Exception {
        for (String separator : List.of("\r\n", "\r")) {
            for (boolean bom : List.of(false, true)) {
                Path file = write("a.coop", TEXT, separator, bom);
                byte[] before = Files.readAllBytes(file);
                CliRun check = CliRun.in(dir, "format", "--check", "a.coop");
                assertEquals(0, check.exit(), separator.length() + " " + bom + ": " + check);
                CliRun format = CliRun.in(dir, "format", "a.coop");
                assertEquals(0, format.exit(), format.toString());
                assertArrayEquals(before, Files.readAllBytes(file));
            }
        }
    }

    @Test
    void formattingKeepsTheLineSeparatorAndTheByteOrderMark() throws Exception {
        for (String separator : List.of("\r\n", "\r", "\n")) {
            for (boolean bom : List.of(false, true)) {
                Path file = write("a.coop", UNFORMATTED, separator, bom);
                assertEquals(1, CliRun.in(dir, "format", "--check", "a.coop").exit());
                CliRun format = CliRun.in(dir, "format", "a.coop");
                assertEquals(0, format.exit(), format.toString());
                byte[] expected = Files.readAllBytes(write("expected.coop", TEXT, separator, bom));
                assertEquals(new String(expected, StandardCharsets.UTF_8),
                        new String(Files.readAllBytes(file), StandardCharsets.UTF_8),
                        "separator " + separator.length() + ", BOM " + bom);
                Files.delete(dir.resolve("expected.coop"));
            }
        }
    }

    @Test
    void aFileWithMixedLineBreaksIsNotFormatted() throws Exception {
        Files.writeString(dir.resolve("mixed.coop"), TEXT.replaceFirst("\n", "\r\n"));
        assertEquals(1, CliRun.in(dir, "format", "--check", "mixed.coop").exit());
        assertEquals(0, CliRun.in(dir, "format", "mixed.coop").exit());
        assertEquals(TEXT.replace("\n", "\r\n"), Files.readString(dir.resolve("mixed.coop")),
                "the separator of the first line break wins");
    }

    @Test
    void aFileWithLineBreaksOfCrAloneIsReadWithItsLinesAndColumns() throws Exception {
        write("mac.coop", TEXT + "actor Bx \"b\" public covers Nowhere\n", "\r", false);
        CliRun run = CliRun.in(dir, "validate", "mac.coop");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("mac.coop:4:28: error: Territoire « Nowhere » introuvable [LINK-UNRESOLVED]"),
                run.out());
        assertEquals(1, run.out().lines().filter(l -> l.contains(": error: ")).count(), run.out());
    }

    @Test
    void utf16IsReportedAsAnEncoding() throws Exception {
        Files.write(dir.resolve("bom16.coop"), TEXT.getBytes(StandardCharsets.UTF_16));
        Files.write(dir.resolve("le16.coop"), TEXT.getBytes(StandardCharsets.UTF_16LE));
        CliRun run = CliRun.in(dir, "validate", "bom16.coop", "le16.coop");
        assertEquals(1, run.exit(), run.toString());
        for (String file : List.of("bom16.coop", "le16.coop")) {
            assertTrue(run.out().contains(file + ":1:1: error: le fichier est en UTF-16, pas en UTF-8 [FILE-ENCODING]"),
                    run.out());
        }
        assertFalse(run.out().contains("FILE-BINARY"), run.out());
    }

    @Test
    void aLatin1FileIsOneErrorReportedFirstWithoutCascade() throws Exception {
        Files.write(dir.resolve("z-territoires.coop"),
                "territory T \"Ardèche\" kind area\nterritory U \"Vivarais\" kind area\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("a-acteurs.coop"), "actor Ma \"a\" public covers T, U\n"
                + "actor Mb \"b\" public covers T, Nowhere\n");
        CliRun run = CliRun.in(dir, "validate", ".");
        assertEquals(1, run.exit(), run.toString());
        List<String> errors = run.out().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(2, errors.size(), run.out());
        assertTrue(errors.get(0).startsWith("z-territoires.coop:1:17: error: ") && errors.get(0).endsWith("[FILE-ENCODING]"),
                run.out());
        assertTrue(errors.get(1).startsWith("a-acteurs.coop:2:") && errors.get(1).contains("Nowhere"),
                "an unresolved name the unread file does not declare is still reported: " + run.out());
        assertTrue(run.out().startsWith("z-territoires.coop:1:17: error: "), "the root cause first: " + run.out());
    }
}
