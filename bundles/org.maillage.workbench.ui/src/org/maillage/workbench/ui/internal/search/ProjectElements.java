package org.maillage.workbench.ui.internal.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.dsl.ui.SourceRange;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.NamedElement;
import org.maillage.workbench.ui.internal.Messages;

/**
 * The named elements of the open Maillage projects, read through {@link CoopWorkspace} (open editors'
 * unsaved text included), each file in the order it is written.
 */
public final class ProjectElements {

    private ProjectElements() {
    }

    /** The open projects that have the Maillage nature. */
    public static List<IProject> maillageProjects() {
        return Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects())
                .filter(CoopProjects::isCoopProject).toList();
    }

    /** Every named element of the projects. */
    public static List<ElementHit> all(List<IProject> projects, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.searchLoading, projects.size());
        List<ElementHit> hits = new ArrayList<>();
        for (IProject project : projects) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            for (CoopFile file : CoopWorkspace.get().loadProject(project)) {
                for (EObject object : (Iterable<EObject>) () -> EcoreUtil.getAllProperContents(file, true)) {
                    if (object instanceof NamedElement named && named.getName() != null) {
                        ElementHit hit = hit(named);
                        if (hit != null) {
                            hits.add(hit);
                        }
                    }
                }
            }
            progress.worked(1);
        }
        return hits;
    }

    /** The elements whose id or title contains the pattern, accents and case ignored. */
    public static List<ElementHit> matching(String pattern, List<IProject> projects, IProgressMonitor monitor) {
        String folded = FoldedText.fold(pattern.strip());
        return all(projects, monitor).stream().filter(hit -> FoldedText.contains(hit, folded)).toList();
    }

    private static ElementHit hit(NamedElement named) {
        SourceRange whole = SourceRange.of(named);
        if (whole == null) {
            return null;
        }
        IFile file = whole.file();
        List<INode> names = NodeModelUtils.findNodesForFeature(named, CoopPackage.Literals.NAMED_ELEMENT__NAME);
        if (names.isEmpty()) {
            return new ElementHit(file, whole.offset(), whole.length(), named.eClass(), named.getName(), named.getTitle());
        }
        INode name = names.get(0);
        return new ElementHit(file, name.getOffset(), name.getLength(), named.eClass(), named.getName(),
                named.getTitle());
    }
}
