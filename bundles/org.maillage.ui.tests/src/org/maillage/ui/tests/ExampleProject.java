package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.ui.internal.wizards.NewProjectWizard;

/** A Maillage project made by the "new project" wizard from the reference example, and what the builder marked. */
final class ExampleProject {

    private ExampleProject() {
    }

    /** Runs the wizard as a user would (page filled, Finish) and waits for the first build. */
    static IProject createWithWizard(String name) throws Exception {
        NewProjectWizard wizard = new NewProjectWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        WizardDialog dialog = new WizardDialog(WorkbenchAssertions.window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        wizard.prefill(name, true);
        dialog.create();
        dialog.open();
        assertTrue(wizard.canFinish(), "the page is complete with a name");
        assertTrue(wizard.performFinish(), "Finish succeeds");
        dialog.close();
        IProject project = wizard.created();
        assertNotNull(project);
        waitForBuild();
        return project;
    }

    static void waitForBuild() throws InterruptedException {
        Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
        Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
        processEvents();
    }

    /** Lets queued UI work run (asyncExec of views). */
    static void processEvents() {
        Display display = Display.getCurrent();
        while (display != null && display.readAndDispatch()) {
            // drain
        }
    }

    /** Processes UI events until the condition holds or 30 s passed; the message is made after the wait. */
    static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> what) {
        try {
            waitUntil(condition, "");
        } catch (AssertionError e) {
            throw new AssertionError(what.get(), e);
        }
    }

    /** Processes UI events until the condition holds or 30 s passed. */
    static void waitUntil(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!Display.getCurrent().readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    static List<IMarker> markers(IResource resource) throws CoreException {
        return Arrays.asList(resource.findMarkers(CoopProjects.MARKER_TYPE, true, IResource.DEPTH_INFINITE));
    }

    /** Markers of the given severity or worse. */
    static List<IMarker> markers(IResource resource, int minimumSeverity) throws CoreException {
        return markers(resource).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, -1) >= minimumSeverity).toList();
    }

    static List<String> codes(IResource resource) throws CoreException {
        return markers(resource).stream().map(m -> m.getAttribute(CoopProjects.CODE, "")).toList();
    }

    /** The distinct codes of the markers, sorted. */
    static List<String> distinctCodes(IResource resource) throws CoreException {
        return codes(resource).stream().distinct().sorted().toList();
    }

    /** The markers of one code. */
    static List<IMarker> markers(IResource resource, String code) throws CoreException {
        return markers(resource).stream().filter(m -> code.equals(m.getAttribute(CoopProjects.CODE, ""))).toList();
    }

    static String text(IFile file) throws Exception {
        try (var in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes a file as an editor save would, then waits for the build it triggers. */
    static void write(IFile file, String text) throws Exception {
        file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
        waitForBuild();
    }

    /** Replaces the first occurrence of a text in a file, as a user would; returns the text before. */
    static String edit(IFile file, String from, String to) throws Exception {
        String before = text(file);
        assertTrue(before.contains(from), file.getName() + " contains " + from);
        write(file, before.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        return before;
    }

    static String describe(List<IMarker> markers) {
        return markers.stream().map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, 0) + " "
                + m.getAttribute(IMarker.MESSAGE, "")).toList().toString();
    }
}
