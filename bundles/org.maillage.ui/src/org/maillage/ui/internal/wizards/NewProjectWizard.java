package org.maillage.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IPageLayout;
import org.maillage.ui.internal.Messages;

/** "Nouveau projet Maillage": a project whose .coop files are checked, optionally with the example. */
public final class NewProjectWizard extends Wizard implements INewWizard {

    private final NewProjectPage page = new NewProjectPage();
    private IWorkbench workbench;
    private IProject created;

    public NewProjectWizard() {
        setWindowTitle(Messages.newProjectWindow);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    /** Pre-fills the page (for callers such as tests); call before the dialog creates the pages. */
    public void prefill(String name, boolean withExample) {
        page.setInitialProjectName(name);
        page.setWithExample(withExample);
    }

    @Override
    public boolean performFinish() {
        String name = page.getProjectName();
        IPath location = page.useDefaults() ? null : page.getLocationPath();
        boolean example = page.withExample();
        WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
            @Override
            protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                created = MaillageProjects.create(name, location, example, monitor);
            }
        };
        try {
            getContainer().run(true, true, operation);
        } catch (InterruptedException cancelled) {
            return false;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            ErrorDialog.openError(getShell(), Messages.newProjectWindow, Messages.newProjectFailed,
                    cause instanceof CoreException core ? core.getStatus()
                            : org.eclipse.core.runtime.Status.error(String.valueOf(cause.getMessage()), cause));
            return false;
        }
        reveal();
        return true;
    }

    public IProject created() {
        return created;
    }

    private void reveal() {
        if (workbench == null || workbench.getActiveWorkbenchWindow() == null) {
            return;
        }
        IWorkbenchPage active = workbench.getActiveWorkbenchWindow().getActivePage();
        IViewPart explorer = active == null ? null : active.findView(IPageLayout.ID_PROJECT_EXPLORER);
        if (explorer instanceof ISetSelectionTarget target) {
            target.selectReveal(new StructuredSelection(created));
        }
    }
}
