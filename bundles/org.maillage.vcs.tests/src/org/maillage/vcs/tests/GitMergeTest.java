package org.maillage.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult.MergeStatus;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.vcs.internal.cli.GitSetupCommand;
import org.maillage.vcs.internal.cli.MergeCommand;

/**
 * The merge driver on a real repository built with JGit: two branches edit the same line of a
 * plan (two roles of one entry), which a line merge cannot join; the driver, given the three
 * versions of the file as Git gives them (%O %A %B), joins them.
 */
class GitMergeTest {

    private static final String FILE = "monts-ardeche/plan-val-eyrieux.coop";

    @TempDir
    Path repository;

    @TempDir
    Path stages;

    @Test
    void twoEditsOfOneEntryConflictAsLinesAndMergeAsElements() throws Exception {
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            Run.copyExample(repository.resolve("monts-ardeche"));
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Plan voté").setAuthor("Parc", "parc@example.org").setSign(false).call();
            git.branchCreate().setName("cc").call();
            Run.edit(repository.resolve(FILE), "Pilotage: A CCVE, R PNR, C ChambreAgri", "Pilotage: A CCVE, R PNR, I ChambreAgri");
            git.commit().setAll(true).setMessage("Parc : la Chambre informée").setAuthor("Parc", "parc@example.org").setSign(false).call();
            git.checkout().setName("cc").call();
            Run.edit(repository.resolve(FILE), "Pilotage: A CCVE, R PNR, C ChambreAgri", "Pilotage: A/R CCVE, R PNR, C ChambreAgri");
            git.commit().setAll(true).setMessage("CC : pilotage A/R").setAuthor("CC", "cc@example.org").setSign(false).call();
            git.checkout().setName("main").call();

            Run setup = Run.of(new GitSetupCommand(), "git-setup", repository, "--command", "/opt/maillage/maillage");
            assertEquals(0, setup.exit(), setup.toString());
            assertEquals("*.coop merge=maillage\n", Files.readString(repository.resolve(".gitattributes")));
            Repository repo = git.getRepository();
            repo.getConfig().load();
            assertEquals("/opt/maillage/maillage merge --name %P %O %A %B -o %A",
                    repo.getConfig().getString("merge", "maillage", "driver"));
            Run again = Run.of(new GitSetupCommand(), "git-setup", repository, "--command", "/opt/maillage/maillage");
            assertEquals("*.coop merge=maillage\n", Files.readString(repository.resolve(".gitattributes")), again.toString());

            Path base = stages.resolve("O");
            Path ours = stages.resolve("A");
            Path theirs = stages.resolve("B");
            writeStages(repo, base, ours, theirs);

            MergeStatus lines = git.merge().include(repo.resolve("cc")).setCommit(false).call().getMergeStatus();
            assertEquals(MergeStatus.CONFLICTING, lines, "a line merge cannot join two edits of one line");
            git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).call();

            Run driver = Run.of(new MergeCommand(), "merge", repository, "--name", FILE, base.toString(), ours.toString(),
                    theirs.toString(), "-o", ours.toString());
            assertEquals(0, driver.exit(), driver.toString());
            String merged = Files.readString(ours);
            assertTrue(merged.contains("        Pilotage: A/R CCVE, R PNR, I ChambreAgri\n"), merged);
            assertEquals(Files.readString(repository.resolve(FILE)).replace("A CCVE, R PNR, I ChambreAgri",
                    "A/R CCVE, R PNR, I ChambreAgri"), merged, "every other line as it was");
        }
    }

    /** The three versions of the file as Git hands them to a merge driver: merge base, ours (HEAD), theirs (cc). */
    private static void writeStages(Repository repo, Path base, Path ours, Path theirs) throws Exception {
        try (RevWalk walk = new RevWalk(repo)) {
            RevCommit head = walk.parseCommit(repo.resolve("HEAD"));
            RevCommit other = walk.parseCommit(repo.resolve("cc"));
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(head);
            walk.markStart(other);
            RevCommit common = walk.next();
            Files.write(base, blob(repo, common));
            Files.write(ours, blob(repo, head));
            Files.write(theirs, blob(repo, other));
        }
    }

    private static byte[] blob(Repository repo, RevCommit commit) throws Exception {
        try (TreeWalk tree = TreeWalk.forPath(repo, FILE, commit.getTree())) {
            ObjectId id = tree.getObjectId(0);
            return repo.open(id).getBytes();
        }
    }
}
