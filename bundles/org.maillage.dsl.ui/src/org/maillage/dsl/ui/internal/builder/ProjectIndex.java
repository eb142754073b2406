package org.maillage.dsl.ui.internal.builder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.build.BuildRequest;
import org.eclipse.xtext.build.IncrementalBuilder;
import org.eclipse.xtext.build.IndexState;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.maillage.dsl.ui.CoopWorkspace;

/**
 * The index of one Maillage project: the resource descriptions of its .coop files, updated by
 * Xtext's {@link IncrementalBuilder} (the change propagation the language server uses), which
 * re-checks the files a change affects. Each update works on a copy and publishes it when done,
 * so readers always see a complete index.
 */
public final class ProjectIndex {

    private final IProject project;
    private final CoopWorkspace workspace;
    private IndexState state = new IndexState();
    private boolean indexed;
    private boolean checked;

    public ProjectIndex(IProject project, CoopWorkspace workspace) {
        this.project = project;
        this.workspace = workspace;
    }

    /** The current descriptions; the project's files are indexed (not checked) on first use. */
    public synchronized ResourceDescriptionsData descriptions() {
        if (!indexed) {
            SourceFiles sources = SourceFiles.of(project, workspace.injector());
            update(sources.accepted(), List.of(), true, CancelIndicator.NullImpl);
        }
        return state.getResourceDescriptions();
    }

    /** Whether a full check ran since this index was created or reset. */
    public synchronized boolean isChecked() {
        return checked;
    }

    public synchronized void reset() {
        state = new IndexState();
        indexed = false;
        checked = false;
    }

    /**
     * Indexes the changed files and removes the deleted ones, then (unless {@code indexOnly})
     * checks the changed files and every file they affect.
     *
     * @return the diagnostics of each file that was checked, by URI
     */
    public synchronized Map<URI, List<Issue>> update(List<URI> changed, List<URI> deleted, boolean indexOnly,
            CancelIndicator cancel) {
        BuildRequest request = new BuildRequest();
        request.setBaseDir(URI.createPlatformResourceURI(project.getName() + "/", true));
        request.setDirtyFiles(new ArrayList<>(changed));
        request.setDeletedFiles(new ArrayList<>(deleted));
        request.setState(new IndexState(state.getResourceDescriptions().copy(), state.getFileMappings().copy()));
        request.setResourceSet(workspace.newResourceSet(project, request.getState().getResourceDescriptions(), false));
        request.setIndexOnly(indexOnly);
        request.setWriteStorageResources(false);
        request.setCancelIndicator(cancel);
        Map<URI, List<Issue>> issues = new LinkedHashMap<>();
        request.setAfterValidate((uri, found) -> {
            List<Issue> list = new ArrayList<>();
            found.forEach(list::add);
            issues.put(uri, list);
            return true;
        });
        IncrementalBuilder builder = workspace.injector().getInstance(IncrementalBuilder.class);
        IResourceServiceProvider.Registry languages = IResourceServiceProvider.Registry.INSTANCE;
        IncrementalBuilder.Result result = builder.build(request, languages::getResourceServiceProvider);
        state = result.getIndexState();
        indexed = true;
        return issues;
    }

    /** Records that every file of the project has been checked against this index. */
    synchronized void markChecked() {
        checked = true;
    }
}
