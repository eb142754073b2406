package org.maillage.dsl.ui.internal.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.dsl.ui.internal.DslUiMessages;

/**
 * Keeps a Maillage project's index and Problems markers up to date: a full build indexes and
 * checks every .coop file; an incremental build hands the changed and deleted files to the
 * project's {@link ProjectIndex}, which checks them and the files they affect.
 */
public final class CoopBuilder extends IncrementalProjectBuilder {

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IProject project = getProject();
        ProjectIndex index = CoopWorkspace.get().index(project);
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
        List<IFile> changed = new ArrayList<>();
        List<URI> deleted = new ArrayList<>();
        boolean full = delta == null || !index.isChecked();
        if (full) {
            index.reset();
            project.deleteMarkers(CoopProjects.MARKER_TYPE, true, IResource.DEPTH_INFINITE);
            SourceFiles all = SourceFiles.of(project, CoopWorkspace.get().injector());
            all.accepted().forEach(uri -> changed.add(CoopProjects.file(uri)));
            changed.addAll(all.refused().keySet());
        } else {
            delta.accept(d -> {
                if (CoopProjects.isCoopFile(d.getResource())) {
                    if (d.getKind() == IResourceDelta.REMOVED) {
                        deleted.add(CoopProjects.uri((IFile) d.getResource()));
                    } else if (d.getKind() == IResourceDelta.ADDED || (d.getFlags() & IResourceDelta.CONTENT) != 0
                            || (d.getFlags() & IResourceDelta.REPLACED) != 0) {
                        changed.add((IFile) d.getResource());
                    }
                }
                return true;
            });
        }
        if (changed.isEmpty() && deleted.isEmpty() && !full) {
            return null;
        }
        check(project, index, changed, deleted, monitor);
        if (full) {
            index.markChecked();
        }
        CoopWorkspace.get().fireBuilt(project);
        return null;
    }

    private void check(IProject project, ProjectIndex index, List<IFile> changed, List<URI> deleted,
            IProgressMonitor monitor) throws CoreException {
        monitor.beginTask(DslUiMessages.bind(DslUiMessages.buildChecking, project.getName()), IProgressMonitor.UNKNOWN);
        SourceFiles sources = SourceFiles.check(changed, CoopWorkspace.get().injector());
        List<URI> removed = new ArrayList<>(deleted);
        sources.refused().keySet().forEach(file -> removed.add(CoopProjects.uri(file)));
        Map<URI, List<Issue>> issues;
        try {
            issues = index.update(sources.accepted(), removed, false, monitor::isCanceled);
        } catch (RuntimeException e) {
            if (monitor.isCanceled() || e.getClass().getSimpleName().startsWith("OperationCanceled")) {
                index.reset();
                forgetLastBuiltState();
                throw new OperationCanceledException();
            }
            throw e;
        }
        for (Map.Entry<URI, List<Issue>> entry : issues.entrySet()) {
            IFile file = CoopProjects.file(entry.getKey());
            if (file != null) {
                ProblemMarkers.replace(file, entry.getValue());
            }
        }
        for (Map.Entry<IFile, org.maillage.dsl.load.FileDiagnostic> refused : sources.refused().entrySet()) {
            ProblemMarkers.refused(refused.getKey(), refused.getValue());
        }
        monitor.done();
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(CoopProjects.MARKER_TYPE, true, IResource.DEPTH_INFINITE);
        CoopWorkspace.get().index(getProject()).reset();
    }
}
