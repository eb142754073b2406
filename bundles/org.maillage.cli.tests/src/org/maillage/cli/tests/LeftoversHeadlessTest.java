package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cleaning of what killed runs left removes only what Maillage made, and never opens anything
 * but a regular file: a pipe named like a leftover or a lock does not hang a command (the bound is
 * a guard against a hang, not a measure of speed).
 */
class LeftoversHeadlessTest {

    private static final Duration HANG = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    @Test
    void aPipeNamedLikeATemporaryFileHangsNoWrite() throws Exception {
        Path pipe = dir.resolve(".maillage-planted.tmp");
        assumeTrue(SpecialFiles.mkfifo(pipe), "mkfifo is needed");
        Files.writeString(dir.resolve("messy.coop"), "territory   T \"t\"   kind area\n");
        CliRun format = assertTimeoutPreemptively(HANG, () -> CliRun.in(dir, "format", "messy.coop"));
        assertEquals(0, format.exit(), format.toString());
        CliRun export = assertTimeoutPreemptively(HANG,
                () -> CliRun.in(dir, "export", "--format", "json", "-o", "out.json", "messy.coop"));
        assertEquals(0, export.exit(), export.toString());
        assertTrue(SpecialFiles.isPipeOrDevice(pipe), "left alone");
    }

    @Test
    void aPipeWhereAStagingLockIsExpectedHangsNoGeneration() throws Exception {
        Path staging = Files.createDirectories(dir.resolve("out/.maillage-staging-planted"));
        assumeTrue(SpecialFiles.mkfifo(staging.resolve(".lock")), "mkfifo is needed");
        assumeTrue(SpecialFiles.mkfifo(staging.resolve(".maillage-staging.lock")));
        CliRun run = assertTimeoutPreemptively(HANG, () -> CliRun.in(CliRun.examples().getParent(), "generate",
                "raci", "--format", "csv", "-o", dir.resolve("out").toString(), "examples/monts-ardeche"));
        assertEquals(0, run.exit(), run.toString());
        assertTrue(SpecialFiles.isPipeOrDevice(staging.resolve(".lock")), "left alone");
    }

    @Test
    void aUsersFolderNamedLikeAStagingFolderIsKept() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("out/.maillage-staging-notes"));
        Files.writeString(notes.resolve("keep.txt"), "mine");
        Path killed = Files.createDirectories(dir.resolve("out/.maillage-staging-killed"));
        Files.writeString(killed.resolve(".maillage-staging.lock"), "");
        Files.writeString(killed.resolve("PlanLamastre-raci.csv"), "half");
        Path empty = Files.createDirectories(dir.resolve("out/.maillage-staging-empty"));

        CliRun run = CliRun.in(CliRun.examples().getParent(), "generate", "raci", "--format", "csv", "-o",
                dir.resolve("out").toString(), "examples/monts-ardeche");
        assertEquals(0, run.exit(), run.toString());
        assertEquals("mine", Files.readString(notes.resolve("keep.txt")), "not made by Maillage: kept");
        assertFalse(Files.exists(killed), "a killed run's staging folder (marked, unlocked) is removed");
        assertFalse(Files.exists(empty), "an empty one (killed before its lock) is removed");
    }
}
