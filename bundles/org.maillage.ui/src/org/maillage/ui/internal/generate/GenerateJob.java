package org.maillage.ui.internal.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.maillage.dsl.load.CoopModel;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.generator.GeneratorDescriptor;
import org.maillage.generator.GeneratorOptions;
import org.maillage.generator.internal.GenerationRunner;
import org.maillage.model.coop.CoopFile;
import org.maillage.ui.internal.Messages;

/**
 * Runs the chosen generators on a project's model in the background, with progress and cancel:
 * each generator's files appear all together or not at all, existing files are replaced only if
 * the policy agrees, and the output folder is refreshed into the workspace.
 */
public final class GenerateJob extends Job {

    /** The family of generation jobs, to wait for them. */
    public static final Object FAMILY = GenerateJob.class;

    private static final String BUNDLE = "org.maillage.ui";

    private final GenerateRequest request;
    private final GenerationRunner.ReplacePolicy policy;
    private final List<IFile> written = new ArrayList<>();

    public GenerateJob(GenerateRequest request, GenerationRunner.ReplacePolicy policy) {
        super(Messages.generateJob);
        this.request = request;
        this.policy = policy;
        setUser(true);
        setRule(request.project());
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** The files the last run wrote, as workspace files. */
    public synchronized List<IFile> written() {
        return List.copyOf(written);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.generateJob, 2 + request.formats().size() * 10);
        try {
            if (hasLanguageErrors()) {
                return Status.error(Messages.bind(Messages.generateModelErrors, request.project().getName()));
            }
            progress.subTask(Messages.generateLoading);
            List<CoopFile> model = CoopWorkspace.get().loadProject(request.project());
            progress.worked(1);
            IFolder folder = request.folder();
            createFolders(folder, progress.split(1));
            MultiStatus status = new MultiStatus(BUNDLE, 0, Messages.generateProblems);
            Path target = folder.getLocation().toFile().toPath();
            for (Map.Entry<GeneratorDescriptor, List<String>> entry : request.formats().entrySet()) {
                if (progress.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                GeneratorDescriptor generator = entry.getKey();
                progress.subTask(generator.name(request.locale()));
                GeneratorOptions options = new GeneratorOptions(entry.getValue(), request.locale(), request.template());
                GenerationRunner.Result result = new GenerationRunner().run(generator, model, options, target, policy,
                        progress.split(10));
                if (result.failure() != null) {
                    status.add(Status.error(Messages.bind(Messages.generateFailed, generator.name(request.locale()),
                            result.failure())));
                }
                synchronized (this) {
                    result.written().forEach(path -> written.add(folder.getFile(path.getFileName().toString())));
                }
            }
            folder.refreshLocal(IResource.DEPTH_ONE, null);
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            return status.isOK() ? Status.OK_STATUS : status;
        } catch (CoreException e) {
            return e.getStatus();
        }
    }

    private boolean hasLanguageErrors() throws CoreException {
        for (IMarker marker : request.project().findMarkers(CoopProjects.MARKER_TYPE, true, IResource.DEPTH_INFINITE)) {
            if (marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR
                    && CoopModel.isLanguageCode(marker.getAttribute(CoopProjects.CODE, ""))) {
                return true;
            }
        }
        return false;
    }

    private static void createFolders(IFolder folder, IProgressMonitor monitor) throws CoreException {
        if (folder.exists()) {
            return;
        }
        if (folder.getParent() instanceof IFolder parent) {
            createFolders(parent, monitor);
        }
        folder.create(true, true, monitor);
    }
}
