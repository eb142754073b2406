package org.maillage.dsl.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;

/** The identifiers of Maillage projects in the workspace, and the mapping between files and model URIs. */
public final class CoopProjects {

    /** The nature that makes a project's .coop files one checked model. */
    public static final String NATURE_ID = "org.maillage.dsl.ui.nature";

    /** The incremental builder that indexes and checks the .coop files of a project. */
    public static final String BUILDER_ID = "org.maillage.dsl.ui.builder";

    /** Markers of the problems found in .coop files. */
    public static final String MARKER_TYPE = "org.maillage.dsl.ui.problem";

    /** Marker attribute: the diagnostic's code (RACI-NO-A, LINK-ACTOR...). */
    public static final String CODE = "code";

    /** Marker attribute: how to fix it. */
    public static final String HINT = "hint";

    /** The file extension of the language. */
    public static final String EXTENSION = "coop";

    private CoopProjects() {
    }

    public static boolean isCoopFile(IResource resource) {
        return resource instanceof IFile file && EXTENSION.equals(file.getFileExtension());
    }

    public static boolean isCoopProject(IProject project) {
        try {
            return project.isOpen() && project.hasNature(NATURE_ID);
        } catch (CoreException e) {
            return false;
        }
    }

    /** Adds the Maillage nature (and so the builder) to a project that does not have it yet. */
    public static void addNature(IProject project, IProgressMonitor monitor) throws CoreException {
        if (project.hasNature(NATURE_ID)) {
            return;
        }
        IProjectDescription description = project.getDescription();
        String[] natures = description.getNatureIds();
        String[] more = new String[natures.length + 1];
        System.arraycopy(natures, 0, more, 0, natures.length);
        more[natures.length] = NATURE_ID;
        description.setNatureIds(more);
        project.setDescription(description, monitor);
    }

    /** Every .coop file of the project, outside derived and hidden folders; none when it is closed. */
    public static List<IFile> sourceFiles(IProject project) {
        List<IFile> files = new ArrayList<>();
        try {
            project.accept(resource -> {
                if (resource.isDerived() || resource.getName().startsWith(".") && resource.getType() != IResource.PROJECT) {
                    return false;
                }
                if (isCoopFile(resource)) {
                    files.add((IFile) resource);
                }
                return true;
            });
        } catch (CoreException closed) {
            return List.of();
        }
        return files;
    }

    /** The model URI of a workspace file. */
    public static URI uri(IFile file) {
        return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
    }

    /** The workspace file of a model URI, or null when the URI is not a workspace file. */
    public static IFile file(URI uri) {
        if (uri == null || !uri.isPlatformResource()) {
            return null;
        }
        return ResourcesPlugin.getWorkspace().getRoot().getFile(
                new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
    }
}
