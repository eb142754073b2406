package org.maillage.workbench.ui.internal.help;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.maillage.model.coop.CoopPackage;
import org.maillage.workbench.ui.internal.open.OpenElementDialog;
import org.maillage.workbench.ui.internal.search.ElementHit;
import org.maillage.workbench.ui.internal.search.ProjectElements;

/** What the welcome page's steps do, through the workbench's own commands and dialogs. */
final class FirstSteps {

    private static final String NEW_WIZARD = "org.eclipse.ui.newWizard";
    private static final String NEW_PROJECT = "org.maillage.ui.wizards.newProject";
    private static final String GENERATE = "org.maillage.ui.generate";

    private final IWorkbenchWindow window;

    FirstSteps(IWorkbenchWindow window) {
        this.window = window;
    }

    /** File > New > Maillage project, the example ticked (the wizard's default). */
    void createExampleProject() {
        execute(NEW_WIZARD, Map.of("newWizardId", NEW_PROJECT));
    }

    /** Opens the first plan of the project selected in the explorer (else of the first Maillage project). */
    void openPlan() {
        List<IProject> projects = ProjectElements.maillageProjects();
        IProject selected = selectedProject();
        List<IProject> where = selected != null && projects.contains(selected) ? List.of(selected) : projects;
        ElementHit plan = ProjectElements.all(where, new NullProgressMonitor()).stream()
                .filter(hit -> hit.kind() == CoopPackage.Literals.PLAN)
                .min(Comparator.comparing((ElementHit hit) -> hit.file().getFullPath().toString())).orElse(null);
        try {
            if (plan != null) {
                plan.range().open(window.getActivePage());
            } else {
                new OpenElementDialog(window.getShell(), projects).open();
            }
        } catch (PartInitException e) {
            window.getShell().getDisplay().beep();
        }
    }

    /** Maillage > Generate documents…. */
    void generate() {
        execute(GENERATE, Map.of());
    }

    void openGuide() {
        try {
            window.getActivePage().showView(GuideView.ID);
        } catch (PartInitException e) {
            window.getShell().getDisplay().beep();
        }
    }

    private IProject selectedProject() {
        var explorer = window.getActivePage().findView(IPageLayout.ID_PROJECT_EXPLORER);
        if (explorer != null && explorer.getSite().getSelectionProvider() != null
                && explorer.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selection
                && Adapters.adapt(selection.getFirstElement(), IResource.class) instanceof IResource resource) {
            return resource.getProject();
        }
        return null;
    }

    private void execute(String commandId, Map<String, String> parameters) {
        ICommandService commands = window.getService(ICommandService.class);
        IHandlerService handlers = window.getService(IHandlerService.class);
        try {
            handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters),
                    null);
        } catch (Exception notDone) {
            window.getShell().getDisplay().beep();
        }
    }
}
