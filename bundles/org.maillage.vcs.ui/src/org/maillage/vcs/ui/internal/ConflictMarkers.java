package org.maillage.vcs.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.maillage.vcs.Conflict;
import org.maillage.vcs.ConflictFiles;
import org.maillage.vcs.internal.report.ConflictReport;

/**
 * The conflicts a merge left become Problems markers: when a {@code X.coop.conflicts} file appears
 * or changes in the workspace, {@code X.coop} gets one error marker per conflict, on the line of
 * the element, naming it and both values; when the file is deleted (the conflicts resolved), the
 * markers go.
 */
public final class ConflictMarkers implements IResourceChangeListener {

    public static final String MARKER_TYPE = "org.maillage.vcs.ui.conflict";

    /** The marker's attributes: the conflict it shows, as in the {@code .conflicts} file (for the quick fixes). */
    static final String ELEMENT = "element";
    static final String KIND = "kind";
    static final String FEATURE = "feature";
    static final String OURS = "ours";
    static final String THEIRS = "theirs";

    /** The family of the jobs that update markers (tests wait for it). */
    public static final Object FAMILY = ConflictMarkers.class;

    private static final String SUFFIX = ".coop.conflicts";

    private static volatile boolean installed;

    /** Listens to the workspace (once) and marks the files whose conflicts are already there. */
    public static synchronized void install(IWorkspace workspace) {
        if (installed) {
            return;
        }
        installed = true;
        ConflictMarkers listener = new ConflictMarkers();
        workspace.addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
        List<IFile> existing = new ArrayList<>();
        try {
            workspace.getRoot().accept(resource -> {
                if (resource instanceof IFile file && file.getName().endsWith(SUFFIX)) {
                    existing.add(file);
                }
                return true;
            });
        } catch (CoreException e) {
            return;
        }
        schedule(existing);
    }

    @Override
    public void resourceChanged(IResourceChangeEvent event) {
        List<IFile> changed = new ArrayList<>();
        try {
            event.getDelta().accept(delta -> {
                if (delta.getResource() instanceof IFile file && file.getName().endsWith(SUFFIX)
                        && (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.CONTENT) != 0)) {
                    changed.add(file);
                }
                return true;
            });
        } catch (CoreException e) {
            return;
        }
        schedule(changed);
    }

    private static void schedule(List<IFile> conflictFiles) {
        if (conflictFiles.isEmpty()) {
            return;
        }
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        WorkspaceJob job = new WorkspaceJob(Messages.conflicts_job) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                for (IFile conflicts : conflictFiles) {
                    String name = conflicts.getName();
                    update(conflicts, conflicts.getParent().getFile(new org.eclipse.core.runtime.Path(
                            name.substring(0, name.length() - ".conflicts".length()))));
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setRule(root);
        job.setSystem(true);
        job.schedule();
    }

    /** The conflicts file of a merged file ({@code X.coop.conflicts} beside {@code X.coop}). */
    static IFile conflictsOf(IFile merged) {
        return merged.getParent().getFile(new org.eclipse.core.runtime.Path(merged.getName() + ".conflicts"));
    }

    /** The conflict a marker shows. */
    static Conflict conflict(IMarker marker) {
        return new Conflict(Conflict.Kind.valueOf(marker.getAttribute(KIND, Conflict.Kind.BOTH_CHANGED.name())),
                marker.getAttribute(ELEMENT, ""), marker.getAttribute(FEATURE, null), marker.getAttribute(OURS, ""),
                marker.getAttribute(THEIRS, ""));
    }

    static void update(IFile conflicts, IFile merged) throws CoreException {
        if (!merged.exists()) {
            return;
        }
        merged.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
        if (!conflicts.exists()) {
            return;
        }
        String text = read(merged);
        Locale locale = Locale.getDefault();
        for (Conflict conflict : ConflictFiles.read(read(conflicts))) {
            IMarker marker = merged.createMarker(MARKER_TYPE);
            marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
            marker.setAttribute(IMarker.MESSAGE, ConflictReport.line(conflict, locale));
            marker.setAttribute(IMarker.LINE_NUMBER, ConflictFiles.line(text, conflict.element(), locale));
            marker.setAttribute(ELEMENT, conflict.element());
            marker.setAttribute(KIND, conflict.kind().name());
            marker.setAttribute(FEATURE, conflict.feature());
            marker.setAttribute(OURS, conflict.ours());
            marker.setAttribute(THEIRS, conflict.theirs());
        }
    }

    static String read(IFile file) throws CoreException {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
    }

    /** Whether the workspace is listened to (the workbench's start-up has run). */
    public static boolean installed() {
        return installed;
    }

    /** Waits for the marker updates scheduled so far (tests). */
    public static void join() throws InterruptedException {
        Job.getJobManager().join(FAMILY, null);
    }
}
