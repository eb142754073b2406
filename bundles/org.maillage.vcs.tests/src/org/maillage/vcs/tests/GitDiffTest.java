package org.maillage.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.vcs.internal.cli.DiffCommand;

/** {@code maillage diff} between Git revisions of a repository built by the test, read through JGit. */
class GitDiffTest {

    @TempDir
    Path repository;

    /** The example committed and tagged "votee", then edited, committed and tagged "signee". */
    private void history() throws Exception {
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            Run.copyExample(repository.resolve("monts-ardeche"));
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Plan voté").setAuthor("Parc", "parc@example.org").setSign(false).call();
            git.tag().setName("v2025-votee").call();
            DiffCommandTest.editPlan(repository.resolve("monts-ardeche"));
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Plan signé").setAuthor("Parc", "parc@example.org").setSign(false).call();
            git.tag().setName("v2025-signee").call();
        }
    }

    @Test
    void twoTagsGiveTheSameChangesAsTwoFolders() throws Exception {
        history();
        Run run = Run.of(new DiffCommand(), "diff", repository, "v2025-votee", "v2025-signee", "monts-ardeche");
        assertEquals(DiffCommandTest.EXPECTED, run.out(), run.toString());
        assertEquals(1, run.exit(), run.toString());
        Run fromBelow = Run.of(new DiffCommand(), "diff", repository.resolve("monts-ardeche"), "v2025-votee", "HEAD");
        assertEquals(DiffCommandTest.EXPECTED, fromBelow.out(), fromBelow.toString());
    }

    @Test
    void revisionAgainstTheFilesOnDisk() throws Exception {
        history();
        Run same = Run.of(new DiffCommand(), "diff", repository, "--rev", "HEAD", "monts-ardeche");
        assertEquals(0, same.exit(), same.toString());
        assertEquals("", same.out(), same.toString());
        Run.edit(repository.resolve("monts-ardeche/plan-lamastre.coop"), "Pilotage: A CCPL, R PNR", "Pilotage: A CCPL, R PNR, I GAL");
        Run edited = Run.of(new DiffCommand(), "diff", repository, "--rev", "HEAD", "monts-ardeche");
        assertEquals("* PlanLamastre/Vergers/Pilotage : GAL : — → I\n", edited.out(), edited.toString());
        Run older = Run.of(new DiffCommand(), "diff", repository, "--rev", "HEAD~1", "monts-ardeche/plan-lamastre.coop");
        assertEquals(edited.out(), older.out(), "only the file named is read from the revision");
    }

    @Test
    void anUnknownRevisionExitsTwoWithOneLine() throws Exception {
        history();
        Run run = Run.of(new DiffCommand(), "diff", repository, "v2024", "HEAD", "monts-ardeche");
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().startsWith("maillage diff: révision inconnue « v2024 »"), run.toString());
        assertEquals(1, run.err().lines().count(), run.toString());
    }
}
