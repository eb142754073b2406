package org.maillage.ui.internal.raci;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.maillage.ui.internal.Messages;

/**
 * The line above the matrix while it is compared with a version: which version, how many cells
 * changed (written "before → now" in the cells), and the button that leaves the comparison. Hidden
 * (and taking no room) otherwise.
 */
public final class ComparisonBar {

    private final Composite bar;
    private final Label text;
    private final Button leave;

    ComparisonBar(Composite parent, Runnable left) {
        bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        layout.marginWidth = 0;
        bar.setLayout(layout);
        text = new Label(bar, SWT.WRAP);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        leave = new Button(bar, SWT.PUSH);
        leave.setText(Messages.matrixLeaveComparison);
        leave.addListener(SWT.Selection, e -> left.run());
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        bar.setLayoutData(data);
        show(null);
    }

    /** Shows the comparison's line, or hides the bar ({@code message} null). */
    void show(String message) {
        boolean visible = message != null;
        text.setText(visible ? message : "");
        ((GridData) bar.getLayoutData()).exclude = !visible;
        bar.setVisible(visible);
        bar.getParent().layout(true, true);
    }

    Control control() {
        return bar;
    }

    /** The line shown, "" when hidden: for tests. */
    public String text() {
        return bar.isVisible() ? text.getText() : "";
    }

    /** The button that leaves the comparison: for tests. */
    public Button leaveButton() {
        return leave;
    }
}
