package org.maillage.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.maillage.dsl.ui.CoopProjects;
import org.osgi.framework.FrameworkUtil;

/** Creates Maillage projects: the project, its nature, and optionally the reference example's files. */
public final class MaillageProjects {

    /** Where the build copies the reference example inside this bundle. */
    static final String EXAMPLE_FOLDER = "example-gen/monts-ardeche";

    /** The starter files of a project made without the example: a référentiel and a plan, checked clean. */
    static final String STARTER_FOLDER = "starter";

    private MaillageProjects() {
    }

    /**
     * Creates and opens a project with the Maillage nature.
     *
     * @param location the folder to create it in, or null for the workspace's default
     * @param withExample whether to copy the Monts d'Ardèche example into it; without it, the project
     *        gets a starter referentiel.coop and plan.coop
     */
    public static IProject create(String name, IPath location, boolean withExample, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 4);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(name);
        description.setLocation(location);
        project.create(description, progress.split(1));
        project.open(progress.split(1));
        CoopProjects.addNature(project, progress.split(1));
        if (withExample) {
            copyExample(project, progress.split(1));
        } else {
            copyStarter(project, progress.split(1));
        }
        return project;
    }

    /** The example's file names, in a stable order. */
    static List<URL> exampleFiles() {
        return entries(EXAMPLE_FOLDER);
    }

    private static void copyExample(IProject project, IProgressMonitor monitor) throws CoreException {
        copy(project, files(EXAMPLE_FOLDER), UnaryOperator.identity(), monitor);
    }

    /** The starter plan runs over this year and the next three. */
    private static void copyStarter(IProject project, IProgressMonitor monitor) throws CoreException {
        int from = Year.now().getValue();
        copy(project, files(STARTER_FOLDER), text -> text.replace("${from}", Integer.toString(from))
                .replace("${to}", Integer.toString(from + 3)), monitor);
    }

    private static List<URL> files(String folder) throws CoreException {
        List<URL> files = entries(folder);
        if (files.isEmpty()) {
            throw new CoreException(Status.error("the files are missing from " + folder));
        }
        return files;
    }

    /** The .coop files of a folder of this bundle, in a stable order. */
    private static List<URL> entries(String folder) {
        Enumeration<URL> entries = FrameworkUtil.getBundle(MaillageProjects.class).findEntries(folder, "*.coop", false);
        if (entries == null) {
            return List.of();
        }
        List<URL> files = Collections.list(entries);
        files.sort((a, b) -> a.getPath().compareTo(b.getPath()));
        return files;
    }

    private static void copy(IProject project, List<URL> files, UnaryOperator<String> filter, IProgressMonitor monitor)
            throws CoreException {
        SubMonitor progress = SubMonitor.convert(monitor, files.size());
        for (URL url : files) {
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            IFile file = project.getFile(name);
            try (InputStream in = url.openStream()) {
                String text = filter.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, progress.split(1));
            } catch (IOException e) {
                throw new CoreException(new Status(IStatus.ERROR, "org.maillage.ui", e.getMessage(), e));
            }
        }
    }
}
