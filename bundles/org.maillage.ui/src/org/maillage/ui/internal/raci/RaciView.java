package org.maillage.ui.internal.raci;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.ui.internal.Messages;
import org.maillage.ui.internal.generate.GenerateWizard;
import org.osgi.framework.FrameworkUtil;

/**
 * The RACI matrix of the plan selected in the explorer or open in the active editor: one row per
 * action and function, one column per actor, the role letters on their role's colour, and the
 * workload per role at the bottom. Recomputed after each build; a double-click opens the entry.
 */
public final class RaciView extends ViewPart {

    public static final String ID = org.maillage.ui.CooperationPerspective.RACI_VIEW;

    private static final int FIXED_COLUMNS = 2;

    private final Map<Role, Color> colours = new EnumMap<>(Role.class);
    private Label heading;
    private Table table;
    private PlanChoice shown;
    private RaciTable current;

    private final ISelectionListener selectionListener = (part, selection) -> {
        if (part != this) {
            show(PlanChoice.of(selection));
        }
    };

    private final IPartListener2 editorListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (part instanceof IEditorPart editor) {
                show(PlanChoice.of(editor));
            }
        }
    };

    private final Consumer<IProject> buildListener = project -> {
        PlanChoice choice = shown;
        if (choice != null && choice.file().getProject().equals(project) && table != null && !table.isDisposed()) {
            table.getDisplay().asyncExec(() -> load(choice));
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.NONE);
        heading.setText(Messages.raciNoPlan);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.addListener(SWT.DefaultSelection, e -> openSelectedEntry());
        Raci.COLOURS.forEach((role, hex) -> colours.put(role, new Color(rgb(hex))));

        Action generate = new Action(Messages.raciGenerate, ImageDescriptor.createFromURL(
                FrameworkUtil.getBundle(RaciView.class).getEntry("icons/generate.png"))) {
            @Override
            public void run() {
                PlanChoice choice = shown;
                GenerateWizard.open(getSite().getShell(),
                        choice == null ? null : new GenerateWizard(choice.file().getProject(), "raci", choice));
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(generate);

        getSite().getPage().addPostSelectionListener(selectionListener);
        getSite().getPage().addPartListener(editorListener);
        CoopWorkspace.get().addBuildListener(buildListener);
        PlanChoice initial = PlanChoice.of(getSite().getPage().getSelection());
        show(initial != null ? initial : PlanChoice.of(getSite().getPage().getActiveEditor()));
    }

    /** Shows the first plan of a file, or the named one; returns the job computing it (for tests). */
    public Job showPlan(IFile file, String planName) {
        return load(new PlanChoice(file, planName));
    }

    /** The table as shown: for tests and accessibility tools. */
    public Table table() {
        return table;
    }

    private void show(PlanChoice choice) {
        if (choice != null && !choice.equals(shown)) {
            load(choice);
        }
    }

    private Job load(PlanChoice choice) {
        Job job = Job.create(Messages.raciJob, monitor -> {
            CoopFile model = CoopWorkspace.get().load(choice.file());
            Plan plan = model == null ? null
                    : model.getPlans().stream()
                            .filter(p -> choice.planName() == null || choice.planName().equals(p.getName()))
                            .findFirst().orElse(null);
            if (plan == null) {
                return Status.OK_STATUS;
            }
            RaciTable computed = RaciTable.of(plan);
            if (table != null && !table.isDisposed()) {
                table.getDisplay().asyncExec(() -> render(choice, computed));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
        return job;
    }

    private void render(PlanChoice choice, RaciTable raci) {
        if (table.isDisposed()) {
            return;
        }
        shown = choice;
        current = raci;
        heading.setText(Messages.bind(Messages.raciHeading, raci.title(), choice.file().getFullPath().makeRelative()));
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            column(Messages.raciAction, 220);
            column(Messages.raciFunction, 200);
            raci.actors().forEach(actor -> column(actor, 90));
            raci.rows().forEach(this::row);
            raci.workload().forEach(this::footer);
        } finally {
            table.setRedraw(true);
        }
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(text);
        column.setToolTipText(text);
        column.setWidth(width);
    }

    private void row(RaciTable.Row row) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(0, row.action());
        item.setText(1, row.function());
        item.setData(row);
        for (int i = 0; i < row.cells().size(); i++) {
            item.setText(FIXED_COLUMNS + i, RaciTable.cell(row.cells().get(i)));
            Role role = RaciTable.colourRole(row.cells().get(i));
            if (role != null) {
                item.setBackground(FIXED_COLUMNS + i, colours.get(role));
                item.setForeground(FIXED_COLUMNS + i, table.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            }
        }
    }

    private void footer(RaciTable.Footer footer) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(0, Messages.bind(Messages.raciWorkload, footer.role().getLiteral()));
        item.setBackground(table.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        for (int i = 0; i < footer.counts().size(); i++) {
            item.setText(FIXED_COLUMNS + i, Integer.toString(footer.counts().get(i)));
        }
    }

    private void openSelectedEntry() {
        TableItem[] selected = table.getSelection();
        if (selected.length == 1 && selected[0].getData() instanceof RaciTable.Row row && row.source() != null) {
            try {
                row.source().open(getSite().getPage());
            } catch (PartInitException e) {
                table.getDisplay().beep();
            }
        }
    }

    private static RGB rgb(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }

    /** The plan shown, or null: for tests. */
    public String shownPlanTitle() {
        return current == null ? null : current.title();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        CoopWorkspace.get().removeBuildListener(buildListener);
        getSite().getPage().removePostSelectionListener(selectionListener);
        getSite().getPage().removePartListener(editorListener);
        colours.values().forEach(Color::dispose);
        super.dispose();
    }
}
