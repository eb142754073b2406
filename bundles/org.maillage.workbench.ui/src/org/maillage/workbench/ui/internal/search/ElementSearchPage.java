package org.maillage.workbench.ui.internal.search;

import org.eclipse.jface.dialogs.DialogPage;
import org.eclipse.search.ui.ISearchPage;
import org.eclipse.search.ui.ISearchPageContainer;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.maillage.workbench.ui.internal.Messages;

/** The Maillage page of Search > Search… (Ctrl+H): a text to find in ids and titles. */
public final class ElementSearchPage extends DialogPage implements ISearchPage {

    private static String lastPattern = "";

    private ISearchPageContainer container;
    private Text pattern;

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        new Label(page, SWT.NONE).setText(Messages.searchPattern);
        pattern = new Text(page, SWT.BORDER | SWT.SINGLE);
        pattern.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        pattern.setText(lastPattern);
        pattern.selectAll();
        pattern.addModifyListener(e -> updateButton());
        Label hint = new Label(page, SWT.WRAP);
        hint.setText(Messages.searchHint);
        GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false);
        hintData.widthHint = 360;
        hint.setLayoutData(hintData);
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            updateButton();
            pattern.setFocus();
        }
    }

    private void updateButton() {
        if (container != null && pattern != null) {
            container.setPerformActionEnabled(!pattern.getText().isBlank());
        }
    }

    @Override
    public boolean performAction() {
        String text = pattern.getText().strip();
        if (text.isEmpty()) {
            return false;
        }
        lastPattern = text;
        NewSearchUI.runQueryInBackground(new ElementSearchQuery(text));
        return true;
    }

    @Override
    public void setContainer(ISearchPageContainer container) {
        this.container = container;
    }
}
