package org.maillage.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.dsl.ui.SourceRange;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.NamedElement;

/** Where an element is referred to, in every file of its project (unsaved editors included). */
final class References {

    /** One reference: where it is written, and a line to show it by. */
    record Found(SourceRange range, String label) {
    }

    private References() {
    }

    static List<Found> to(IProject project, String name) {
        List<Found> found = new ArrayList<>();
        for (CoopFile file : CoopWorkspace.get().loadProject(project)) {
            file.eAllContents().forEachRemaining(object -> collect(object, name, found));
        }
        return found;
    }

    private static void collect(EObject object, String name, List<Found> found) {
        ReferenceNodes.forEach(object, true, (target, node) -> {
            if (target instanceof NamedElement named && name.equals(named.getName())) {
                var file = CoopProjects.file(object.eResource().getURI());
                found.add(new Found(new SourceRange(file, node.getOffset(), node.getLength()), file.getName() + ":"
                        + node.getStartLine() + "  "
                        + NodeModelUtils.getNode(object).getText().strip().lines().findFirst().orElse("")));
            }
        });
    }
}
