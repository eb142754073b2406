package org.maillage.vcs.ui.internal;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.maillage.vcs.History;
import org.maillage.vcs.VersionException;

/**
 * The plan's history: the Git versions of the selected {@code .coop} file or folder (newest first,
 * tags such as « votee » shown), and, for the version chosen, what changed since then in the plan's
 * folder, by element: the HTML report of {@code maillage diff --format html} in a browser (the
 * lines of {@code maillage diff} where the platform has no browser). Git is read with JGit, in a job.
 */
public final class HistoryView extends ViewPart {

    public static final String ID = "org.maillage.vcs.ui.views.history";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Label title;
    private TableViewer revisions;
    private Label changesTitle;
    private Browser report;
    private org.eclipse.swt.widgets.List changes;
    private Path shown;
    private final ISelectionListener selections = this::selected;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = new Label(parent, SWT.WRAP);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        title.setText(Messages.history_none);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        revisions = new TableViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        revisions.getTable().setHeaderVisible(true);
        revisions.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.column_version, 90, History.Revision::shortId);
        column(Messages.column_date, 130, r -> DATE.format(r.date()));
        column(Messages.column_author, 120, History.Revision::author);
        column(Messages.column_message, 300, History.Revision::message);
        column(Messages.column_tags, 150, r -> String.join(", ", r.tags()));
        revisions.addSelectionChangedListener(event -> {
            if (event.getStructuredSelection().getFirstElement() instanceof History.Revision revision) {
                compare(revision);
            }
        });
        Composite bottom = new Composite(sash, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        changesTitle = new Label(bottom, SWT.WRAP);
        changesTitle.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        try {
            report = new Browser(bottom, SWT.BORDER);
            report.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            report.setJavascriptEnabled(false);
        } catch (SWTError noBrowser) {
            report = null;
            changes = new org.eclipse.swt.widgets.List(bottom, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
            changes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        }
        getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(selections);
    }

    private void column(String header, int width, java.util.function.Function<History.Revision, String> text) {
        TableViewerColumn column = new TableViewerColumn(revisions, SWT.NONE);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((History.Revision) element);
            }
        });
    }

    private void selected(IWorkbenchPart part, ISelection selection) {
        if (part != this && selection instanceof IStructuredSelection structured
                && Adapters.adapt(structured.getFirstElement(), IResource.class) instanceof IResource resource
                && (resource.getType() != IResource.FILE || "coop".equals(resource.getFileExtension()))
                && resource.getLocation() != null) {
            showHistory(resource);
        }
    }

    /** Shows the history of a {@code .coop} file or a folder; the job that reads it. */
    public Job showHistory(IResource resource) {
        Path path = resource.getLocation().toFile().toPath();
        Locale locale = Locale.getDefault();
        Job job = Job.create(NLS.bind(Messages.history_of, resource.getName(), "…"), monitor -> {
            List<History.Revision> list;
            String heading;
            try {
                list = History.of(path, locale);
                heading = NLS.bind(Messages.history_of, resource.getFullPath().makeRelative(), list.size());
            } catch (VersionException e) {
                list = List.of();
                heading = NLS.bind(Messages.history_noRepository, resource.getFullPath().makeRelative());
            }
            List<History.Revision> found = list;
            String text = heading;
            asyncExec(() -> {
                shown = path;
                title.setText(text);
                revisions.setInput(found);
                showReport(new Comparison.Report(List.of(), ""));
                changesTitle.setText("");
                title.getParent().layout(true, true);
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /** Compares the chosen version with the files on disk; the job that does it. */
    public Job compare(History.Revision revision) {
        Path path = shown;
        changesTitle.setText(NLS.bind(Messages.compare_running, label(revision)));
        showReport(new Comparison.Report(List.of(), ""));
        String name = revision.tags().isEmpty() ? revision.id() : revision.tags().get(0);
        Job job = Job.create(NLS.bind(Messages.compare_running, label(revision)), monitor -> {
            Comparison.Report found;
            String heading;
            try {
                found = Comparison.sinceRevision(path, name, Locale.getDefault());
                heading = NLS.bind(found.lines().isEmpty() ? Messages.compare_noChange : Messages.compare_title, label(revision));
            } catch (VersionException e) {
                found = new Comparison.Report(List.of(), "");
                heading = NLS.bind(Messages.compare_failed, e.getMessage());
            }
            Comparison.Report shownReport = found;
            String text = heading;
            asyncExec(() -> {
                changesTitle.setText(text);
                showReport(shownReport);
                changesTitle.getParent().layout(true, true);
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private void showReport(Comparison.Report shownReport) {
        if (report != null) {
            report.setText(shownReport.html(), false);
        } else {
            changes.setItems(shownReport.lines().toArray(String[]::new));
        }
    }

    private static String label(History.Revision revision) {
        return revision.tags().isEmpty() ? revision.shortId() : String.join(", ", revision.tags());
    }

    private void asyncExec(Runnable update) {
        if (!title.isDisposed()) {
            title.getDisplay().asyncExec(() -> {
                if (!title.isDisposed()) {
                    update.run();
                }
            });
        }
    }

    /** The versions shown (for tests). */
    public Table revisionTable() {
        return revisions.getTable();
    }

    /** The browser showing the report, null where the platform has none (for tests). */
    public Browser reportBrowser() {
        return report;
    }

    @Override
    public void setFocus() {
        revisions.getTable().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(selections);
        super.dispose();
    }
}
