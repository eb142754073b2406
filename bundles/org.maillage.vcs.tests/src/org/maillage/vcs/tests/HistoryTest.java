package org.maillage.vcs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.vcs.History;

/** A plan's history read with JGit: the commits that changed the file, newest first, with their tags. */
class HistoryTest {

    @TempDir
    Path repository;

    @Test
    void theCommitsOfOneFileWithTheirTags() throws Exception {
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            Run.copyExample(repository.resolve("monts-ardeche"));
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Plan voté").setAuthor("Parc", "parc@example.org").setSign(false).call();
            git.tag().setName("votee").setMessage("Voté le 14 mars").setAnnotated(true).call();
            Run.edit(repository.resolve("monts-ardeche/plan-lamastre.coop"), "target 42.5", "target 45");
            git.commit().setAll(true).setMessage("Lamastre : objectif revu").setAuthor("CC", "cc@example.org").setSign(false).call();
            Run.edit(repository.resolve("monts-ardeche/plan-val-eyrieux.coop"), "target 120", "target 125");
            git.commit().setAll(true).setMessage("Val'Eyrieux : objectif revu").setAuthor("CC", "cc@example.org").setSign(false).call();
            git.tag().setName("signee").call();
        }
        List<History.Revision> lamastre = History.of(repository.resolve("monts-ardeche/plan-lamastre.coop"), Locale.FRENCH);
        assertEquals(List.of("Lamastre : objectif revu", "Plan voté"), lamastre.stream().map(History.Revision::message).toList());
        assertEquals(List.of(List.of(), List.of("votee")), lamastre.stream().map(History.Revision::tags).toList());
        List<History.Revision> folder = History.of(repository.resolve("monts-ardeche"), Locale.FRENCH);
        assertEquals(3, folder.size());
        assertEquals(List.of("signee"), folder.get(0).tags());
        assertEquals("CC", folder.get(0).author());
    }
}
