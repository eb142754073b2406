package org.maillage.ui.internal.raci;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.maillage.ui.internal.Messages;
import org.maillage.vcs.History;

/**
 * The chooser "Compare with a version…" opens: the Git versions of the project, newest first, each
 * with its tags (« votee », « signee »), date and message; Compare (or a double-click, or Return)
 * compares the matrix with the version selected; Escape or a click elsewhere closes it.
 */
final class VersionChooser {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final Shell shell;
    private final org.eclipse.swt.widgets.List list;
    private final List<History.Revision> revisions;
    private final Consumer<MatrixComparison.Against> chosen;
    private final Listener clicks = this::click;

    VersionChooser(Control owner, Point at, List<History.Revision> revisions, Consumer<MatrixComparison.Against> chosen) {
        this.revisions = revisions;
        this.chosen = chosen;
        shell = new Shell(owner.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.BORDER);
        shell.setText(Messages.matrixVersions);
        shell.setLayout(new GridLayout(1, false));
        new Label(shell, SWT.NONE).setText(Messages.matrixVersions);
        list = new org.eclipse.swt.widgets.List(shell, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        revisions.forEach(revision -> list.add(label(revision)));
        GridData size = new GridData(SWT.FILL, SWT.FILL, true, true);
        size.heightHint = list.getItemHeight() * Math.min(12, Math.max(3, revisions.size()));
        size.widthHint = 460;
        list.setLayoutData(size);
        Button compare = new Button(shell, SWT.PUSH);
        compare.setText(Messages.matrixCompareApply);
        compare.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        compare.addListener(SWT.Selection, e -> choose());
        list.addListener(SWT.DefaultSelection, e -> choose());
        list.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                shell.dispose();
            }
        });
        shell.setDefaultButton(compare);
        shell.getDisplay().addFilter(SWT.MouseDown, clicks);
        shell.addListener(SWT.Dispose, e -> e.display.removeFilter(SWT.MouseDown, clicks));
        shell.pack();
        shell.setLocation(at);
        shell.open();
        shell.forceActive();
        list.setFocus();
    }

    Shell shell() {
        return shell;
    }

    /** What a version is called in the list: its tags first, then its short id, date and message. */
    static String label(History.Revision revision) {
        String tags = revision.tags().isEmpty() ? "" : String.join(", ", revision.tags()) + " — ";
        return tags + revision.shortId() + " — " + DATE.format(revision.date()) + " — " + revision.message();
    }

    /** The revision to read (a tag when there is one) and how the view names it. */
    static MatrixComparison.Against against(History.Revision revision) {
        String name = revision.tags().isEmpty() ? revision.id() : revision.tags().get(0);
        String shown = revision.tags().isEmpty() ? revision.shortId() : String.join(", ", revision.tags()) + " (" + revision.shortId() + ")";
        return new MatrixComparison.Against(name, shown);
    }

    private void choose() {
        int index = list.getSelectionIndex();
        if (!shell.isDisposed() && index >= 0) {
            shell.dispose();
            chosen.accept(against(revisions.get(index)));
        }
    }

    private void click(Event event) {
        if (!shell.isDisposed() && !(event.widget instanceof Control control && control.getShell() == shell)) {
            shell.dispose();
        }
    }
}
