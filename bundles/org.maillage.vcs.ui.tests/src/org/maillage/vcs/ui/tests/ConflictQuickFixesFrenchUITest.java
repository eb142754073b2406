package org.maillage.vcs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.vcs.ui.internal.ConflictMarkers;

/**
 * The quick fixes of a merge conflict's marker: « Prendre leur version » writes their value into
 * the plan (only that element's text changes) and takes the conflict out of the .conflicts file;
 * « Garder ma version » only takes it out; the file goes with the last conflict, and the markers
 * with them. In an open editor, their value is one undoable change of its document.
 */
class ConflictQuickFixesFrenchUITest {

    private static final String AMOUNT = "PlanValEyrieux/Sentiers/funding LEADER";
    private static final String TITLE = "PlanValEyrieux/Sentiers";

    private IProject project;
    private IFile plan;
    private IFile conflicts;
    private String original;

    @BeforeEach
    void mergedPlanWithTwoConflicts() throws Exception {
        Workbench.waitUntil(ConflictMarkers::installed, "the workbench's start-up installs the conflict markers");
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("correctifs");
        project.create(new NullProgressMonitor());
        project.open(new NullProgressMonitor());
        original = Files.readString(Workbench.example().resolve("plan-val-eyrieux.coop"));
        plan = project.getFile("plan-val-eyrieux.coop");
        plan.create(new ByteArrayInputStream(original.getBytes(StandardCharsets.UTF_8)), true, null);
        conflicts = project.getFile("plan-val-eyrieux.coop.conflicts");
        conflicts.create(new ByteArrayInputStream("""
                {"file": "plan-val-eyrieux.coop", "conflicts": [
                  {"kind": "both-changed", "element": "PlanValEyrieux/Sentiers/funding LEADER",
                   "feature": "amount", "ours": "48000", "theirs": "45000"},
                  {"kind": "both-changed", "element": "PlanValEyrieux/Sentiers",
                   "feature": "title", "ours": "Schéma des sentiers de randonnée", "theirs": "Schéma des sentiers"}]}
                """.getBytes(StandardCharsets.UTF_8)), true, null);
        ConflictMarkers.join();
        assertEquals(2, markers().size());
    }

    @AfterEach
    void closeAndDelete() throws Exception {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
        project.delete(true, true, new NullProgressMonitor());
    }

    @Test
    void takeTheirsWritesTheirValueAndKeepMineLeavesTheTextThenTheConflictsAreGone() throws Exception {
        IMarker amount = marker(AMOUNT);
        assertEquals(List.of("Garder ma version", "Prendre leur version"), labels(amount));
        fix(amount, "Prendre leur version");
        ConflictMarkers.join();

        String theirs = original.replace("funding LEADER 48000 EUR from GAL", "funding LEADER 45000 EUR from GAL");
        assertEquals(theirs, Files.readString(plan.getLocation().toFile().toPath()), "only their amount changed");
        String left = Files.readString(conflicts.getLocation().toFile().toPath());
        assertFalse(left.contains("funding LEADER"), left);
        assertTrue(left.contains("\"element\": \"PlanValEyrieux/Sentiers\""), left);
        assertEquals(List.of(TITLE), markers().stream().map(m -> m.getAttribute("element", "")).toList());

        fix(marker(TITLE), "Garder ma version");
        ConflictMarkers.join();
        assertEquals(theirs, Files.readString(plan.getLocation().toFile().toPath()), "ours kept: the text is unchanged");
        assertFalse(conflicts.exists(), "the .conflicts file goes with its last conflict");
        assertFalse(Files.exists(conflicts.getLocation().toFile().toPath()));
        assertEquals(List.of(), markers());
    }

    @Test
    void inAnOpenEditorTheirValueIsOneUndoableChange() throws Exception {
        IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), plan);
        IDocument document = FileBuffers.getTextFileBufferManager()
                .getTextFileBuffer(plan.getFullPath(), LocationKind.IFILE).getDocument();

        fix(marker(AMOUNT), "Prendre leur version");
        ConflictMarkers.join();

        String theirs = original.replace("funding LEADER 48000 EUR from GAL", "funding LEADER 45000 EUR from GAL");
        assertEquals(theirs, document.get());
        assertFalse(editor.isDirty(), "an editor without unsaved edits is saved");
        assertEquals(theirs, Files.readString(plan.getLocation().toFile().toPath()));
        assertEquals(List.of(TITLE), markers().stream().map(m -> m.getAttribute("element", "")).toList());

        DocumentUndoManagerRegistry.getDocumentUndoManager(document).undo();
        assertEquals(original, document.get(), "one undo brings our value back");
    }

    private List<IMarker> markers() throws Exception {
        return Arrays.asList(plan.findMarkers(ConflictMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO));
    }

    private IMarker marker(String element) throws Exception {
        return markers().stream().filter(m -> element.equals(m.getAttribute("element", ""))).findFirst().orElseThrow();
    }

    private static List<String> labels(IMarker marker) {
        return Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker)).map(IMarkerResolution::getLabel).toList();
    }

    private static void fix(IMarker marker, String label) {
        Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker)).filter(r -> r.getLabel().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no quick fix " + label)).run(marker);
    }
}
