package org.maillage.ui.internal.wizards;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.maillage.ui.internal.Messages;

/** The platform's project name and location page, plus "start from the Monts d'Ardèche example". */
final class NewProjectPage extends WizardNewProjectCreationPage {

    private Button example;
    private boolean withExample = true;

    NewProjectPage() {
        super("maillageProject");
        setTitle(Messages.newProjectTitle);
        setDescription(Messages.newProjectDescription);
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        Composite control = (Composite) getControl();
        example = new Button(control, SWT.CHECK);
        example.setText(Messages.newProjectExample);
        example.setSelection(withExample);
        example.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        example.addListener(SWT.Selection, e -> withExample = example.getSelection());
    }

    boolean withExample() {
        return withExample;
    }

    /** For tests and callers that pre-fill the page. */
    void setWithExample(boolean value) {
        withExample = value;
        if (example != null && !example.isDisposed()) {
            example.setSelection(value);
        }
    }
}
