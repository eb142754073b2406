package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code -o PATH} may replace: only a regular file. Devices, pipes and links are refused and
 * left as they were; {@code -} and {@code /dev/stdout} are the standard output; every failure is
 * one line naming the user's path and the reason.
 */
class OutputTargetsHeadlessTest {

    private static final String MODEL = "territory T \"t\" kind area\nactor X \"x\" public covers T {\n"
            + "    political \"P\"\n}\n";

    @TempDir
    Path dir;

    @BeforeEach
    void model() throws Exception {
        Files.writeString(dir.resolve("model.coop"), MODEL);
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assertOneLine(CliRun run, String... parts) {
        assertEquals(2, run.exit(), run.toString());
        assertEquals(1, run.err().lines().count(), run.toString());
        for (String part : parts) {
            assertTrue(run.err().contains(part), run.toString());
        }
        assertFalse(run.err().contains(".maillage-"), "never the hidden temporary file: " + run);
    }

    @Test
    void aPipeIsRefusedAndLeftAsItIs() throws Exception {
        Path fifo = dir.resolve("out.json");
        assumeTrue(SpecialFiles.mkfifo(fifo), "mkfifo is needed");
        assertOneLine(CliRun.in(dir, "export", "--format", "json", "-o", "out.json", "model.coop"), "out.json",
                "n'est pas un fichier ordinaire");
        assertTrue(SpecialFiles.isPipeOrDevice(fifo), "still a pipe");
        assertOneLine(CliRun.in(dir, "--lang", "en", "export", "--format", "json", "-o", "out.json", "model.coop"),
                "out.json", "not a regular file");
    }

    @Test
    void aDeviceNodeLikeDevNullIsNeverReplaced() throws Exception {
        Path device = dir.resolve("null");
        assumeTrue(SpecialFiles.mknodNull(device), "mknod needs root");
        assertOneLine(CliRun.in(dir, "export", "--format", "xmi", "-o", "null", "model.coop"), "null");
        assertTrue(SpecialFiles.isPipeOrDevice(device), "still a device node");
        Files.writeString(dir.resolve("model.json"), "{}");
        assertOneLine(CliRun.in(dir, "import", "--force", "model.json", "-o", "null"), "null");
        assertTrue(SpecialFiles.isPipeOrDevice(device));
    }

    @Test
    void aLinkIsRefusedAndNeitherItNorItsTargetChanges() throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("target.json"), "keep");
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), elsewhere.resolve("target.json"));
        assertOneLine(CliRun.in(dir, "export", "--format", "json", "-o", "out.json", "model.coop"), "out.json",
                "lien symbolique");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep", Files.readString(elsewhere.resolve("target.json")));

        assertEquals(0, CliRun.in(dir, "export", "--format", "json", "-o", "model.json", "model.coop").exit());
        Files.createSymbolicLink(dir.resolve("back.coop"), elsewhere.resolve("missing.coop"));
        assertOneLine(CliRun.in(dir, "import", "--force", "model.json", "-o", "back.coop"), "back.coop");
        assertFalse(Files.exists(elsewhere.resolve("missing.coop")), "nothing written through a dangling link");
    }

    /** {@code -o /dev/stdout} is checked by writes-test.sh in a private /dev: a regression would replace this machine's. */
    @Test
    void dashIsTheStandardOutput() throws Exception {
        CliRun export = CliRun.in(dir, "export", "--format", "json", "-o", "-", "model.coop");
        assertEquals(0, export.exit(), export.toString());
        assertTrue(export.out().startsWith("{") && export.out().contains("\"T\""), export.toString());
        assertEquals(List.of("model.coop"), files(dir), "no file named -");
        assertEquals(0, CliRun.in(dir, "export", "--format", "json", "-o", "model.json", "model.coop").exit());
        CliRun imported = CliRun.in(dir, "import", "model.json", "-o", "-");
        assertEquals(0, imported.exit(), imported.toString());
        assertTrue(imported.out().startsWith("territory T"), imported.toString());
        assertFalse(imported.out().contains("écrit"), "the text only, without a 'written' line: " + imported);
    }

    @Test
    void generationRefusesALinkNamedLikeAnOutputAndWritesNothing() throws Exception {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path outside = dir.resolve("outside.csv");
        Files.writeString(outside, "keep");
        Path link = Files.createSymbolicLink(out.resolve("PlanValEyrieux-raci.csv"), outside);
        CliRun run = CliRun.in(CliRun.examples().getParent(), "generate", "raci", "--format", "csv", "-o",
                out.toString(), "examples/monts-ardeche");
        assertOneLine(run, "PlanValEyrieux-raci.csv", "lien symbolique");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep", Files.readString(outside));
        assertEquals(List.of("PlanValEyrieux-raci.csv"), files(out), "no output at all, no staging folder left");
    }

    @Test
    void aLinkedOutputFolderIsFollowed() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path out = Files.createSymbolicLink(dir.resolve("out"), real);
        CliRun run = CliRun.in(CliRun.examples().getParent(), "generate", "raci", "--format", "csv", "-o",
                out.toString(), "examples/monts-ardeche");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(Files.isSymbolicLink(out));
        assertEquals(List.of("PlanLamastre-raci.csv", "PlanValEyrieux-raci.csv"), files(real));
    }

    @Test
    void anOutputFolderThatIsAFileSaysSo() throws Exception {
        Files.writeString(dir.resolve("afile"), "keep");
        Path examples = CliRun.examples().getParent();
        CliRun run = CliRun.in(examples, "generate", "raci", "-o", dir.resolve("afile").toString(),
                "examples/monts-ardeche");
        assertOneLine(run, "afile", "n'est pas un dossier");
        CliRun english = CliRun.in(examples, "generate", "raci", "--lang", "en", "-o", dir.resolve("afile").toString(),
                "examples/monts-ardeche");
        assertOneLine(english, "afile", "not a folder");
        assertOneLine(CliRun.in(dir, "export", "--format", "json", "-o", "afile/out.json", "model.coop"), "afile",
                "n'est pas un dossier");
        assertEquals("keep", Files.readString(dir.resolve("afile")));
    }

    @Test
    void aReadOnlyFolderSaysPermissionDenied() throws Exception {
        assumeFalse(SpecialFiles.root(), "root writes into a read-only folder: the launcher test drops that right");
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertOneLine(CliRun.in(dir, "export", "--format", "json", "-o", "out/model.json", "model.coop"), "out",
                    "permission refusée");
            assertOneLine(CliRun.in(CliRun.examples().getParent(), "generate", "raci", "-o", out.toString(),
                    "examples/monts-ardeche"), "out", "permission refusée");
            assertEquals(List.of(), files(out));
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
