package org.maillage.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;
import org.maillage.ui.internal.Messages;

/** "Nouveau fichier de plan": a .coop file holding an empty plan, opened in the editor. */
public final class NewPlanWizard extends BasicNewResourceWizard {

    private WizardNewFileCreationPage page;

    @Override
    public void init(org.eclipse.ui.IWorkbench workbench, IStructuredSelection selection) {
        super.init(workbench, selection);
        setWindowTitle(Messages.newPlanWindow);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new WizardNewFileCreationPage("plan", getSelection()) {
            @Override
            protected InputStream getInitialContents() {
                return new ByteArrayInputStream(
                        PlanSkeleton.text(getFileName(), Messages.newPlanInitialTitle).getBytes(StandardCharsets.UTF_8));
            }
        };
        page.setTitle(Messages.newPlanTitle);
        page.setDescription(Messages.newPlanDescription);
        page.setFileExtension("coop");
        page.setFileName("plan.coop");
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        selectAndReveal(file);
        try {
            if (getWorkbench().getActiveWorkbenchWindow() != null) {
                IDE.openEditor(getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
            }
        } catch (org.eclipse.ui.PartInitException e) {
            // the file exists; not opening it is not worth failing the wizard
        }
        return true;
    }
}
