package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the commands do with odd inputs: links, pipes, huge or unreadable files (issue #24, #21). */
class InputFilesHeadlessTest {

    @TempDir
    Path dir;

    private void mkfifo(Path path) throws Exception {
        Process process = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, process.waitFor());
    }

    @Test
    void oddEntriesOfAFolderAreSkippedWithAWarning() throws Exception {
        Files.writeString(dir.resolve("a.coop"), "territory T \"t\" kind area\n");
        mkfifo(dir.resolve("pipe.coop"));
        Files.createSymbolicLink(dir.resolve("dangling.coop"), dir.resolve("nowhere.coop"));
        Files.createSymbolicLink(dir.resolve("loop.coop"), dir.resolve("loop.coop"));
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> CliRun.in(dir, "validate", "."));
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("pipe.coop:1:1: warning: ignoré : tube nommé (FIFO)"), run.out());
        assertTrue(run.out().contains("dangling.coop:1:1: warning: ignoré : lien symbolique vers un fichier absent"),
                run.out());
        assertTrue(run.out().contains("loop.coop:1:1: warning: ignoré : boucle de liens symboliques"), run.out());
        assertEquals(3, run.out().lines().filter(l -> l.endsWith("[FILE-SKIPPED]")).count(), run.out());
        CliRun format = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> CliRun.in(dir, "format", "--check", "."));
        assertEquals(0, format.exit(), "skipped entries are no reason to fail: " + format);
    }

    @Test
    void givenPathsThatAreNotRegularFilesAreRefusedWithoutOpeningThem() throws Exception {
        mkfifo(dir.resolve("pipe.coop"));
        Files.createSymbolicLink(dir.resolve("loop.coop"), dir.resolve("loop.coop"));
        Files.createSymbolicLink(dir.resolve("dangling.coop"), dir.resolve("nowhere.coop"));
        for (String command : List.of("validate", "format", "export")) {
            List<String> arguments = command.equals("export") ? List.of(command, "--format", "json", "-o", "x.json")
                    : List.of(command);
            CliRun pipe = assertTimeoutPreemptively(Duration.ofSeconds(120),
                    () -> CliRun.in(dir, concat(arguments, "pipe.coop")), "never blocks on a pipe");
            assertEquals(2, pipe.exit(), pipe.toString());
            assertEquals("maillage " + command + ": " + dir.resolve("pipe.coop")
                    + " n'est pas un fichier ordinaire : tube nommé (FIFO), jamais ouvert\n", pipe.err());
        }
        CliRun loop = CliRun.in(dir, "validate", "loop.coop");
        assertEquals(2, loop.exit());
        assertTrue(loop.err().endsWith(": boucle de liens symboliques\n"), loop.err());
        CliRun dangling = CliRun.in(dir, "--lang", "en", "validate", "dangling.coop");
        assertEquals(2, dangling.exit());
        assertTrue(dangling.err().endsWith("is not a regular file: symbolic link to a missing file\n"), dangling.err());
    }

    private static String[] concat(List<String> arguments, String last) {
        List<String> all = new java.util.ArrayList<>(arguments);
        all.add(last);
        return all.toArray(String[]::new);
    }

    @Test
    void aFileOfThreeGigabytesIsRefusedWithoutBeingRead() throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve("huge.coop").toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024); // sparse: no disk used
        }
        CliRun run = CliRun.in(dir, "validate", "huge.coop");
        assertEquals(1, run.exit(), run.toString());
        String line = run.out().lines().findFirst().orElse("");
        assertTrue(line.startsWith("huge.coop:1:1: error: le fichier fait 3") && line.endsWith("072 Mo, au-delà de la "
                + "limite de 8 Mo [FILE-TOO-LARGE]"), run.out());
    }

    @Test
    void anUnreadableFileIsAnInputProblem() throws Exception {
        Path file = dir.resolve("secret.coop");
        Files.writeString(file, "territory T \"t\" kind area\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file),
                "running as root: file permissions do not stop reads, nothing to check here");
        CliRun run = CliRun.in(dir, "validate", "secret.coop");
        assertEquals(2, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("permission denied"), run.err());
    }

    @Test
    void aFiveMegabyteLineIsReadLikeAnyOther() throws Exception {
        Files.writeString(dir.resolve("long.coop"),
                "territory T \"" + "x".repeat(5 * 1024 * 1024) + "\" kind area\nactor Ax \"a\" public covers T\n");
        CliRun run = CliRun.in(dir, "validate", "long.coop");
        assertFalse(run.out().contains(": error: "), run.out().substring(0, Math.min(2000, run.out().length())));
        assertTrue(run.exit() == 0 && run.err().isEmpty(), run.err());
    }
}
