package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandHeadlessTest {

    @TempDir
    Path dir;

    @Test
    void examplesAreFormatted() {
        CliRun run = CliRun.in(CliRun.examples().getParent(), "format", "--check", "examples");
        assertEquals(0, run.exit(), run.toString());
        assertEquals("", run.out());
    }

    @Test
    void checkReportsWithoutWritingThenFormatRewritesIdempotently() throws Exception {
        Path file = dir.resolve("messy.coop");
        String messy = "// garde ce commentaire\nterritory   T \"t\"   kind area\nactor X \"x\" public covers T {political \"P\"}\n";
        Files.writeString(file, messy);
        CliRun check = CliRun.in(dir, "format", "--check", "messy.coop");
        assertEquals(1, check.exit(), check.toString());
        assertEquals("messy.coop : à remettre en forme\n", check.out());
        assertEquals(messy, Files.readString(file), "--check writes nothing");

        assertEquals(0, CliRun.in(dir, "format", "messy.coop").exit());
        String formatted = Files.readString(file);
        assertEquals("// garde ce commentaire\nterritory T \"t\" kind area\nactor X \"x\" public covers T {\n"
                + "    political \"P\"\n}\n", formatted);
        assertEquals(0, CliRun.in(dir, "format", "--check", "messy.coop").exit());
        assertEquals(formatted, Files.readString(file));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left behind");
        }
    }

    @Test
    void fileWithSyntaxErrorsIsNeverRewritten() throws Exception {
        Path file = dir.resolve("broken.coop");
        String broken = "territory   T \"t\" kind area\nactr X \"x\" public\n";
        Files.writeString(file, broken);
        CliRun run = CliRun.in(dir, "format", "broken.coop");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("broken.coop:2:1: error:"), run.err());
        assertEquals(broken, Files.readString(file));
    }
}
