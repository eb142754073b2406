package org.maillage.vcs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.maillage.vcs.ui.internal.ConflictMarkers;

/** A merge's .conflicts file becomes Problems markers on the merged plan, on the element's line, and they go with it. */
class ConflictMarkersFrenchUITest {

    @Test
    void eachConflictIsAnErrorOnItsElementsLineUntilTheConflictsFileIsDeleted() throws Exception {
        Workbench.waitUntil(ConflictMarkers::installed, "the workbench's start-up installs the conflict markers");
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("conflits");
        project.create(new NullProgressMonitor());
        project.open(new NullProgressMonitor());
        try {
            IFile plan = project.getFile("plan-val-eyrieux.coop");
            plan.create(Files.newInputStream(Workbench.example().resolve("plan-val-eyrieux.coop")), true, null);
            IFile conflicts = project.getFile("plan-val-eyrieux.coop.conflicts");
            conflicts.create(new ByteArrayInputStream("""
                    {"file": "plan-val-eyrieux.coop", "conflicts": [
                      {"kind": "both-changed", "element": "PlanValEyrieux/Sentiers/funding LEADER",
                       "feature": "amount", "ours": "51000", "theirs": "45000"}]}
                    """.getBytes(StandardCharsets.UTF_8)), true, null);
            ConflictMarkers.join();
            List<IMarker> markers = Arrays.asList(plan.findMarkers(ConflictMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO));
            assertEquals(1, markers.size());
            IMarker marker = markers.get(0);
            assertEquals("conflit : PlanValEyrieux/Sentiers/funding LEADER : amount modifié des deux côtés :"
                    + " gardé 51000 (la nôtre), écarté 45000 (la leur)", marker.getAttribute(IMarker.MESSAGE, ""));
            assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
            int line = Files.readAllLines(Workbench.example().resolve("plan-val-eyrieux.coop")).indexOf(
                    "        funding LEADER 48000 EUR from GAL counterpart RegionAURA 12000 EUR") + 1;
            assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));

            conflicts.delete(true, null);
            ConflictMarkers.join();
            assertEquals(0, plan.findMarkers(ConflictMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO).length);
        } finally {
            project.delete(true, true, new NullProgressMonitor());
        }
    }
}
