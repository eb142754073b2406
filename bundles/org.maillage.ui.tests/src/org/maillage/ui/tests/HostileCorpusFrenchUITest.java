package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.swt.browser.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.diagram.ui.internal.DiagramEditor;
import org.maillage.dsl.ui.internal.editor.CoopEditor;
import org.maillage.ui.internal.raci.MatrixTable;
import org.maillage.ui.internal.raci.RaciView;

/**
 * The shared hostile corpus ({@code reliability/hostile/hostile.coop}) in the workbench: the builder, the
 * .coop editor and its Outline, the RACI view and the diagram editor (WebKitGTK) take every title as text;
 * no payload runs in the diagram's browser.
 */
class HostileCorpusFrenchUITest {

    private static final String SCRIPT = "<script>document.title='PWNED-script'</script>";

    @AfterEach
    void closeEditors() {
        WorkbenchAssertions.window().getActivePage().closeAllEditors(false);
    }

    @Test
    void everyTitleOfTheCorpusStaysTextInTheEditorTheRaciViewAndTheDiagram() throws Exception {
        IProject project = ExampleProject.createWithWizard("corpus-hostile");
        for (String example : List.of("plan-lamastre.coop", "plan-val-eyrieux.coop", "referentiel.coop")) {
            project.getFile(example).delete(true, null);
        }
        IFile file = project.getFile("hostile.coop");
        file.create(new ByteArrayInputStream(Files.readAllBytes(corpus())), IResource.FORCE, null);
        ExampleProject.waitForBuild();
        assertEquals(List.of(), ExampleProject.markers(file, IMarker.SEVERITY_WARNING),
                "the corpus is a valid model for the builder too");

        CoopEditor editor = CoopEditorFrenchUITest.open(file);
        ExampleProject.waitUntil(() -> !editor.outlineNodes().isEmpty(), "the outline is filled");
        var plan = editor.outlineNodes().stream().filter(n -> "Hostile".equals(n.name())).findFirst().orElseThrow();
        assertEquals(50, plan.children().size(), "25 actions and 25 conventions");
        assertTrue(plan.children().stream().anyMatch(n -> SCRIPT.equals(n.title())), "a title is kept as written");
        assertFalse(editor.liveProblems().stream().anyMatch(p -> p.getType().endsWith("error")), "no error while editing");

        RaciView view = (RaciView) WorkbenchAssertions.window().getActivePage().showView(RaciView.ID);
        MatrixTable matrix = MatrixRead.show(view, file);
        List<String> rows = MatrixRead.actionTitles(matrix);
        assertTrue(rows.contains(SCRIPT) && rows.contains("=1+1"), "actions by title, as written: " + rows.subList(0, 3));
        List<String> headers = MatrixRead.columnTitles(matrix);
        assertTrue(headers.contains("=1+1") && headers.contains("\t=1+1"), "actors by title, as written: " + headers);

        DiagramEditor diagram = DiagramEditorFrenchUITest.open(file, "org.maillage.diagram.ui.openWhoDoesWhat");
        Browser browser = diagram.browser();
        ExampleProject.waitUntil(() -> Boolean.TRUE.equals(DiagramEditorFrenchUITest.evaluate(browser,
                "return !!(window.maillage && window.maillage.ready && window.maillage.elementIds().includes('action:Script'));")),
                "the client draws the diagram of the corpus");
        ExampleProject.processEvents();
        assertEquals(SCRIPT, DiagramEditorFrenchUITest.evaluate(browser, "return window.maillage.titleOf('action:Script');"), "the title is text in the diagram");
        Object title = DiagramEditorFrenchUITest.evaluate(browser, "return document.title;");
        assertFalse(String.valueOf(title).startsWith("PWNED"), "a payload ran in the diagram's browser: " + title);
        assertEquals(0.0, DiagramEditorFrenchUITest.evaluate(browser, "return document.querySelectorAll('#maillage-diagram script, #maillage-diagram img,"
                + " #maillage-diagram [onerror], #maillage-diagram [onload], #maillage-diagram [onfocus]').length;"),
                "no element made of a title");
    }

    private static Path corpus() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("reliability/hostile/hostile.coop"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("reliability/hostile/hostile.coop not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("reliability/hostile/hostile.coop");
    }
}
