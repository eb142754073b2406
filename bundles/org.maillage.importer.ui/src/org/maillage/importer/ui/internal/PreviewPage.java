package org.maillage.importer.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.maillage.importer.ImportFinding;

/**
 * Page 2: what the import reads and changes, before anything is written: the cells not read (with
 * their {@code sheet!cell} and a hint) and the change list of {@code maillage diff}.
 */
final class PreviewPage extends WizardPage {

    private final Supplier<ImportChoice> choice;
    private Table report;
    private Text changes;
    private Label writes;
    private ImportPlan plan;
    private ImportChoice planned;

    PreviewPage(Supplier<ImportChoice> choice) {
        super("preview");
        this.choice = choice;
        setTitle(Messages.preview_title);
        setDescription(Messages.preview_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.preview_report);
        report = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        report.setHeaderVisible(true);
        for (String[] column : new String[][] { { Messages.column_where, "130" }, { Messages.column_severity, "90" },
                { Messages.column_message, "380" }, { Messages.column_hint, "380" } }) {
            TableColumn c = new TableColumn(report, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 120).applyTo(report);
        new Label(page, SWT.NONE).setText(Messages.preview_changes);
        changes = new Text(page, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 200).applyTo(changes);
        writes = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(760, SWT.DEFAULT).applyTo(writes);
        setControl(page);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible && (plan == null || planned != choice.get())) {
            planned = choice.get();
            BusyIndicator.showWhile(getShell().getDisplay(), this::prepare);
        }
        super.setVisible(visible);
    }

    /** The plan shown, or null. */
    ImportPlan plan() {
        return plan;
    }

    private void prepare() {
        try {
            plan = ImportPlan.prepare(planned, Locale.getDefault());
        } catch (CoreException e) {
            plan = new ImportPlan(List.of(), "", List.of(), e.getMessage());
        }
        report.removeAll();
        for (ImportFinding finding : plan.findings()) {
            TableItem item = new TableItem(report, SWT.NONE);
            item.setText(new String[] { finding.where(), severity(finding), finding.message(),
                    finding.hint() == null ? "" : finding.hint() });
        }
        if (plan.findings().isEmpty() && plan.refusal() == null) {
            new TableItem(report, SWT.NONE).setText(2, Messages.preview_noFinding);
        }
        changes.setText(plan.changes());
        setErrorMessage(plan.refusal());
        writes.setText(plan.refusal() != null ? "" : plan.writes().isEmpty() ? Messages.preview_noChange
                : written());
        writes.getParent().layout(true, true);
        setPageComplete(plan.applicable());
    }

    private String written() {
        String files = plan.writes().stream().map(w -> ImportPlan.shown(w.file())).collect(Collectors.joining(", "));
        String text = NLS.bind(Messages.preview_writes, files);
        for (ImportPlan.Write write : plan.writes()) {
            if (write.before() != null && !planned.into()) {
                text += "\n" + NLS.bind(Messages.preview_replaces, ImportPlan.shown(write.file()));
            }
        }
        return text;
    }

    private static String severity(ImportFinding finding) {
        return switch (finding.severity()) {
        case ERROR -> Messages.severity_error;
        case WARNING -> Messages.severity_warning;
        case INFO -> Messages.severity_info;
        };
    }
}
