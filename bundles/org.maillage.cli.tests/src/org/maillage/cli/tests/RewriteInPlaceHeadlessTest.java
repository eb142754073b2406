package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.generator.AtomicFiles;
import org.maillage.generator.WriteException;

/**
 * {@code format} rewrites a file where it lives and as it is: through a link, with its permissions
 * and owner; it leaves a read-only file, a hard-linked one and one written meanwhile as they are.
 */
class RewriteInPlaceHeadlessTest {

    private static final String MESSY = "territory   T \"t\"   kind area\n";
    private static final String FORMATTED = "territory T \"t\" kind area\n";

    @TempDir
    Path dir;

    @Test
    void aLinkedFileIsFormattedWhereItLivesAndTheLinkStays() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.writeString(shared.resolve("real.coop"), MESSY);
        Path project = Files.createDirectory(dir.resolve("project"));
        Path link = Files.createSymbolicLink(project.resolve("link.coop"), shared.resolve("real.coop"));
        CliRun run = CliRun.in(project, "format", "link.coop");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(Files.isSymbolicLink(link), "still a link");
        assertEquals(FORMATTED, Files.readString(shared.resolve("real.coop")));
    }

    @Test
    void permissionsAndOwnerAreKept() throws Exception {
        Path file = dir.resolve("private.coop");
        Files.writeString(file, MESSY);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        UserPrincipal owner = Files.getOwner(file);
        if (SpecialFiles.root()) {
            owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(file, owner);
        }
        assertEquals(0, CliRun.in(dir, "format", "private.coop").exit());
        assertEquals(FORMATTED, Files.readString(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "not world-readable after formatting");
        assertEquals(owner, Files.getOwner(file, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void readOnlyAndHardLinkedFilesAreLeftAsTheyAreAndTheOthersFormatted() throws Exception {
        Path readOnly = dir.resolve("readonly.coop");
        Files.writeString(readOnly, MESSY);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        Path linked = dir.resolve("linked.coop");
        Files.writeString(linked, MESSY);
        Path otherName = Files.createLink(dir.resolve("other-name.txt"), linked);
        Path plain = dir.resolve("plain.coop");
        Files.writeString(plain, MESSY);

        CliRun run = CliRun.in(dir, "format", "readonly.coop", "linked.coop", "plain.coop");
        assertEquals(2, run.exit(), run.toString());
        assertEquals(2, run.err().lines().count(), run.toString());
        assertTrue(run.err().contains("maillage format: impossible d'écrire readonly.coop : fichier en lecture seule"),
                run.err());
        assertTrue(run.err().contains("linked.coop : le fichier a 2 liens physiques"), run.err());
        assertEquals(MESSY, Files.readString(readOnly));
        assertEquals(MESSY, Files.readString(linked));
        assertTrue(Files.isSameFile(linked, otherName), "the hard link is not split");
        assertEquals(FORMATTED, Files.readString(plain), "the other files are formatted");

        CliRun english = CliRun.in(dir, "format", "--lang", "en", "readonly.coop");
        assertTrue(english.err().contains("cannot write readonly.coop: read-only file"), english.err());
    }

    @Test
    void aFileWrittenSinceItWasReadIsNotReplaced() throws Exception {
        Path file = dir.resolve("plan.coop");
        Files.writeString(file, MESSY);
        byte[] read = Files.readAllBytes(file);
        Files.writeString(file, "// appended by another program\n", StandardOpenOption.APPEND);
        WriteException changed = assertThrows(WriteException.class, () -> AtomicFiles.rewrite(file,
                FORMATTED.getBytes(StandardCharsets.UTF_8), now -> Arrays.equals(now, read)));
        assertEquals(WriteException.Problem.CHANGED, changed.problem());
        assertEquals(MESSY + "// appended by another program\n", Files.readString(file), "nothing lost");
        try (var left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file left");
        }

        AtomicFiles.rewrite(file, FORMATTED.getBytes(StandardCharsets.UTF_8), now -> true);
        assertEquals(FORMATTED, Files.readString(file));
    }

    @Test
    void aRegularFileReplacedByAnOutputKeepsItsMode() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Files.writeString(dir.resolve("model.coop"), FORMATTED);
        Path out = dir.resolve("out.json");
        Files.writeString(out, "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, CliRun.in(dir, "export", "--format", "json", "-o", "out.json", "model.coop").exit());
        assertTrue(Files.readString(out).startsWith("{"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }
}
