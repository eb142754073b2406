package org.maillage.dsl.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IExternalContentSupport;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.maillage.dsl.ui.internal.builder.ProjectIndex;
import org.maillage.model.coop.CoopFile;

import com.google.inject.Injector;

/**
 * The .coop language in the workspace: one index per Maillage project (kept by the builder with
 * Xtext's incremental builder, as the language server does), the unsaved contents of editors that
 * shadow the saved files, and resource sets that see both. Views and editors load models from here.
 */
public final class CoopWorkspace {

    private final Injector injector;
    private final EditorContents editorContents = new EditorContents();
    private final Map<String, ProjectIndex> indexes = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<IProject>> buildListeners = new CopyOnWriteArrayList<>();
    private final Map<URI, IResourceDescription> dirtyDescriptions = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    public CoopWorkspace(Injector injector) {
        this.injector = injector;
    }

    /** The workspace's instance, created when the bundle starts being used. */
    public static CoopWorkspace get() {
        return org.maillage.dsl.ui.internal.Activator.workspace();
    }

    /** The language's injector (runtime and IDE services). */
    public Injector injector() {
        return injector;
    }

    public EditorContents editorContents() {
        return editorContents;
    }

    /** The index of a project, indexing its files first if no build did it yet. */
    public ProjectIndex index(IProject project) {
        return indexes.computeIfAbsent(project.getName(), name -> new ProjectIndex(project, this));
    }

    /** Forgets a project's index (the project was closed or deleted). */
    public void forget(IProject project) {
        indexes.remove(project.getName());
    }

    /**
     * A resource set over a project's index. With {@code editors}, files are read from open editors
     * first and the index shows their unsaved names; without, it is the saved state (the builder's).
     */
    public XtextResourceSet newResourceSet(IProject project, ResourceDescriptionsData data, boolean editors) {
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        ProjectDescription description = new ProjectDescription();
        description.setName(project.getName());
        description.attachToEmfObject(set);
        ChunkedResourceDescriptions index = new ChunkedResourceDescriptions(Map.of(), set);
        index.setContainer(project.getName(), editors ? withUnsaved(data) : data);
        if (editors) {
            injector.getInstance(IExternalContentSupport.class).configureResourceSet(set, editorContents.live());
        }
        return set;
    }

    /** A fresh resource set over the project's current index, unsaved editors included. */
    public XtextResourceSet newResourceSet(IProject project) {
        return newResourceSet(project, index(project).descriptions(), true);
    }

    /** Points an editor's resource set at the project's current index, unsaved editors included. */
    public void refreshIndex(XtextResourceSet set, IProject project) {
        ChunkedResourceDescriptions.findInEmfObject(set).setContainer(project.getName(),
                withUnsaved(index(project).descriptions()));
    }

    /** Publishes the names of an editor's unsaved text, in place of the saved file's. */
    public void publishUnsaved(URI uri, IResourceDescription description) {
        dirtyDescriptions.put(uri, description);
        generation.incrementAndGet();
    }

    /** Changes each time an editor's unsaved text, a build or a closed editor changes what the model is. */
    public long generation() {
        return generation.get();
    }

    /** The editor closed: its file's saved names count again. */
    public void forgetUnsaved(URI uri) {
        dirtyDescriptions.remove(uri);
        editorContents.remove(uri);
        generation.incrementAndGet();
    }

    private ResourceDescriptionsData withUnsaved(ResourceDescriptionsData saved) {
        if (dirtyDescriptions.isEmpty()) {
            return saved;
        }
        ResourceDescriptionsData data = saved.copy();
        dirtyDescriptions.forEach(data::addDescription);
        return data;
    }

    /**
     * The model of one file, its references resolved across the project; null when the file holds
     * nothing that parsed. Each call loads afresh: the result is a snapshot for one view.
     */
    public CoopFile load(IFile file) {
        XtextResourceSet set = newResourceSet(file.getProject());
        URI uri = CoopProjects.uri(file);
        Resource resource;
        try {
            resource = set.getResource(uri, true);
        } catch (RuntimeException unreadable) {
            return null;
        }
        if (resource == null || resource.getContents().isEmpty()
                || !(resource.getContents().get(0) instanceof CoopFile coop)) {
            return null;
        }
        EcoreUtil.resolveAll(resource);
        return coop;
    }

    /**
     * The whole model of a project (every indexed file) in one resource set, references resolved:
     * what generators and the rule catalogue work on.
     */
    public List<CoopFile> loadProject(IProject project) {
        XtextResourceSet set = newResourceSet(project);
        ResourceDescriptionsData data = ChunkedResourceDescriptions.findInEmfObject(set).getContainer(project.getName());
        List<CoopFile> files = new ArrayList<>();
        for (IResourceDescription description : data.getAllResourceDescriptions()) {
            try {
                Resource resource = set.getResource(description.getURI(), true);
                if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof CoopFile coop) {
                    files.add(coop);
                }
            } catch (RuntimeException unreadable) {
                // deleted since it was indexed: the next build drops it
            }
        }
        EcoreUtil.resolveAll(set);
        return files;
    }

    public void addBuildListener(Consumer<IProject> listener) {
        buildListeners.add(listener);
    }

    public void removeBuildListener(Consumer<IProject> listener) {
        buildListeners.remove(listener);
    }

    /** Tells the listeners that a project's files were checked again. */
    public void fireBuilt(IProject project) {
        generation.incrementAndGet();
        buildListeners.forEach(listener -> listener.accept(project));
    }
}
