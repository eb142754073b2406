package org.maillage.vcs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.vcs.History;
import org.maillage.vcs.ui.internal.HistoryView;

/** The plan's history in the workbench: its Git versions with their tags, and what changed since one of them (the HTML report). */
class HistoryViewFrenchUITest {

    @TempDir
    Path repository;

    @Test
    void theVersionsOfAPlanAndTheChangesSinceTheVotedOne() throws Exception {
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            Path example = Workbench.example();
            try (Stream<Path> files = Files.list(example)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".coop")).toList()) {
                    Files.copy(file, repository.resolve(file.getFileName()));
                }
            }
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Plan voté").setAuthor("Parc", "parc@example.org").setSign(false).call();
            git.tag().setName("votee").call();
            Path plan = repository.resolve("plan-val-eyrieux.coop");
            Files.writeString(plan, Files.readString(plan).replace("Pilotage: A CCVE, R PNR", "Pilotage: A/R CCVE, C PNR"));
            git.commit().setAll(true).setMessage("Pilotage confié à la CC").setAuthor("CC", "cc@example.org").setSign(false).call();
        }
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProjectDescription description = workspace.newProjectDescription("historique");
        description.setLocation(org.eclipse.core.runtime.Path.fromOSString(repository.toString()));
        IProject project = workspace.getRoot().getProject("historique");
        project.create(description, new NullProgressMonitor());
        project.open(new NullProgressMonitor());
        try {
            HistoryView view = (HistoryView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                    .showView(HistoryView.ID);
            view.showHistory(project.getFile("plan-val-eyrieux.coop")).join();
            Table table = view.revisionTable();
            Workbench.waitUntil(() -> table.getItemCount() == 2, "two versions listed");
            assertEquals(List.of("Version", "Date", "Auteur", "Message", "Étiquettes"),
                    Arrays.stream(table.getColumns()).map(c -> c.getText()).toList());
            TableItem newest = table.getItem(0);
            TableItem voted = table.getItem(1);
            assertEquals("Pilotage confié à la CC", newest.getText(3));
            assertEquals("votee", voted.getText(4));

            view.compare((History.Revision) voted.getData()).join();
            Browser report = view.reportBrowser();
            Workbench.waitUntil(() -> report.getText().contains("<li>* PlanValEyrieux/Circuits/Pilotage : CCVE : A → A/R</li>"),
                    "the HTML report of the changes since the voted version is shown");
            String html = report.getText();
            assertTrue(html.contains("<li>* PlanValEyrieux/Circuits/Pilotage : PNR : R → C</li>"), html);
            assertTrue(html.contains("<title>Modifications de votee à fichiers actuels</title>"), html);
            assertTrue(html.contains("<td class=\"changed\""), "a changed cell of the RACI matrix: " + html);
            assertFalse(html.contains("<script") || html.contains("src=\"") || html.contains("href=\""), "self-contained");
            Workbench.screenshot(view);
        } finally {
            project.delete(false, true, new NullProgressMonitor());
        }
    }
}
