package org.maillage.importer.ui.internal;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * File > Import > Maillage spreadsheet: {@code maillage import} of a "who does what" spreadsheet in
 * the workbench, with a preview of the changes (page 2) before Finish applies them. Nothing is
 * overwritten unasked: a new file's existing target needs a confirmation.
 */
public final class SpreadsheetImportWizard extends Wizard implements IImportWizard {

    private IWorkbench workbench;
    private SourcePage source;
    private PreviewPage preview;

    public SpreadsheetImportWizard() {
        setWindowTitle(Messages.wizard_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
        Object first = selection == null ? null : selection.getFirstElement();
        source = new SourcePage(first == null ? null : Adapters.adapt(first, IResource.class));
        preview = new PreviewPage(() -> source.choice());
    }

    @Override
    public void addPages() {
        addPage(source);
        addPage(preview);
    }

    @Override
    public boolean canFinish() {
        return getContainer().getCurrentPage() == preview && preview.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        ImportPlan plan = preview.plan();
        if (plan == null || !plan.applicable()) {
            return false;
        }
        for (ImportPlan.Write write : plan.writes()) {
            if (!source.choice().into() && write.before() != null && !MessageDialog.openQuestion(getShell(),
                    Messages.confirm_replace_title, NLS.bind(Messages.confirm_replace, ImportPlan.shown(write.file())))) {
                return false;
            }
        }
        try {
            plan.apply();
        } catch (CoreException e) {
            preview.setErrorMessage(NLS.bind(Messages.apply_failed, e.getStatus().getMessage()));
            return false;
        }
        if (!source.choice().into() && workbench != null && workbench.getActiveWorkbenchWindow() != null) {
            try {
                IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), plan.writes().get(0).file());
            } catch (PartInitException e) {
                // the file is written; opening it is a convenience
            }
        }
        return true;
    }
}
