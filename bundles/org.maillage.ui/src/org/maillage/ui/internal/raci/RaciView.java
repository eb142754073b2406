package org.maillage.ui.internal.raci;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.maillage.diagram.CoopDocument;
import org.maillage.diagram.internal.edit.Refusal;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.model.coop.Role;
import org.maillage.ui.internal.Messages;
import org.maillage.diagram.ui.internal.WorkbenchDocuments;
import org.maillage.ui.internal.generate.GenerateWizard;
import org.maillage.vcs.History;
import org.maillage.vcs.VersionException;
import org.osgi.framework.FrameworkUtil;

/**
 * The RACI matrix of the plan selected in the explorer or open in the active editor, as an editing
 * surface over the plan's text: one line per action and function, one column per actor, the role
 * letters on their colours. A change made here is an edit of the text buffer the text editor and
 * the diagram share (one undo history); the view follows every change of that text and each build.
 */
public final class RaciView extends ViewPart {

    public static final String ID = org.maillage.ui.CooperationPerspective.RACI_VIEW;

    /** The id of the toolbar's "Compare with a version…" action. */
    public static final String COMPARE_ACTION = ID + ".compare";

    private Label heading;
    private MatrixFilterBar filterBar;
    private ComparisonBar comparisonBar;
    private MatrixComparison.Against against;
    private VersionChooser versions;
    private MatrixTable matrix;
    private MatrixEdits edits;
    private PlanChoice shown;
    private RoleChooser chooser;
    private MatrixLoader loader;
    private CoopDocument listened;
    private final Runnable textChanged = this::textChanged;
    private final List<String> extraActors = new ArrayList<>();
    private final Map<String, List<String>> pendingFunctions = new LinkedHashMap<>();

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

    /** After a build of the project of the plan asked for last (not the one shown: a newer choice may be loading). */
    /** After a build of the project of the plan asked for last (not the one shown: a newer choice may be loading). */
    private final Consumer<IProject> buildListener = project -> {
        if (!heading.isDisposed()) {
            heading.getDisplay().asyncExec(() -> {
                PlanChoice choice = requested();
                if (!heading.isDisposed() && choice != null && choice.file().getProject().equals(project)) {
                    load(choice);
                }
            });
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.NONE);
        heading.setText(Messages.raciNoPlan);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        filterBar = new MatrixFilterBar(parent, () -> {
            if (requested() != null) {
                load(requested());
            }
        });
        filterBar.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        comparisonBar = new ComparisonBar(parent, () -> compareWith(null));
        matrix = new MatrixTable(parent, new MatrixTable.Requests() {
            @Override
            public void choose(RaciGrid.Line line, int column, Rectangle cell) {
                Rectangle at = cell == null ? new Rectangle(0, 0, 0, 0) : cell;
                Point below = matrix.natTable().toDisplay(at.x, at.y + at.height);
                chooser = RoleChooser.open(matrix.natTable(), below, line.cells().get(column), roles -> set(line, column, roles));
            }

            @Override
            public void set(RaciGrid.Line line, int column, Set<Role> roles) {
                RaciView.this.set(line, column, roles);
            }

            @Override
            public void open(RaciGrid.Line line) {
                openSource(line);
            }
        });
        matrix.natTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new MatrixMenu(matrix, this);
        edits = new MatrixEdits(getSite().getPage());
        loader = new MatrixLoader(this::render);

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
        Action compare = new Action(Messages.matrixCompare, ImageDescriptor.createFromURL(
                FrameworkUtil.getBundle(RaciView.class).getEntry("icons/compare.png"))) {
            @Override
            public void run() {
                chooseVersion();
            }
        };
        compare.setId(COMPARE_ACTION);
        getViewSite().getActionBars().getToolBarManager().add(compare);
        getViewSite().getActionBars().getMenuManager().add(compare);
        handler(ActionFactory.UNDO, IWorkbenchCommandConstants.EDIT_UNDO, () -> withDocument(CoopDocument::undo));
        handler(ActionFactory.REDO, IWorkbenchCommandConstants.EDIT_REDO, () -> withDocument(CoopDocument::redo));
        handler(ActionFactory.DELETE, IWorkbenchCommandConstants.EDIT_DELETE, matrix::clearSelected);

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

    /** The grid as shown, for tests and accessibility tools. */
    public MatrixTable matrix() {
        return matrix;
    }

    /** The chooser of letters when one is open, else null: for tests. */
    public Shell chooser() {
        return chooser == null || chooser.shell().isDisposed() ? null : chooser.shell();
    }

    /** The chooser of versions when one is open, else null: for tests. */
    public Shell versionChooser() {
        return versions == null || versions.shell().isDisposed() ? null : versions.shell();
    }

    /** The line above the grid while it is compared with a version: for tests. */
    public ComparisonBar comparisonBar() {
        return comparisonBar;
    }

    /**
     * Opens the chooser of the project's Git versions (read with JGit in a job) under the toolbar;
     * the version chosen is compared with the matrix.
     */
    private void chooseVersion() {
        PlanChoice choice = requested();
        if (choice == null) {
            return;
        }
        java.nio.file.Path folder = choice.file().getProject().getLocation().toFile().toPath();
        java.util.Locale locale = WorkbenchDocuments.INSTANCE.locale();
        org.eclipse.swt.widgets.Display display = heading.getDisplay();
        Job job = Job.create(Messages.matrixCompare, monitor -> {
            List<History.Revision> revisions;
            String refused = null;
            try {
                revisions = History.of(folder, locale);
            } catch (VersionException e) {
                revisions = List.of();
                refused = e.getMessage();
            }
            List<History.Revision> found = revisions;
            String message = refused != null ? refused
                    : found.isEmpty() ? Messages.bind(Messages.matrixNoVersion, choice.file().getProject().getName()) : null;
            display.asyncExec(() -> {
                if (heading.isDisposed()) {
                    return;
                }
                if (message != null) {
                    status(message);
                } else {
                    Point at = matrix.natTable().toDisplay(0, 0);
                    versions = new VersionChooser(matrix.natTable(), at, found, this::compareWith);
                }
            });
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Compares the matrix with a version, or leaves the comparison ({@code version} null). */
    void compareWith(MatrixComparison.Against version) {
        against = version;
        if (version == null) {
            comparisonBar.show(null);
        }
        if (requested() != null) {
            load(requested());
        }
    }

    /** The filters above the grid, for tests. */
    public MatrixFilterBar filters() {
        return filterBar;
    }

    /**
     * Whether the matrix shows a plan of this file as last asked (by {@link #showPlan}, a selection,
     * an editor or a filter), nothing newer being computed: what a test waits for before reading it.
     */
    public boolean shows(IFile file) {
        return loader.showsLatest() && shown != null && shown.file().equals(file);
    }

    /** The file of the plan shown, or null: for tests' messages. */
    public IFile shownFile() {
        return shown == null ? null : shown.file();
    }

    /** The plan shown, or null: for tests. */
    public String shownPlanTitle() {
        return matrix == null || shown == null ? null : matrix.grid().title();
    }

    void addActor(String actor) {
        if (!extraActors.contains(actor)) {
            extraActors.add(actor);
            load(requested());
        }
    }

    void addFunction(RaciGrid.Line action) {
        IFile file = CoopProjects.file(action.source());
        try {
            String function = edits.addFunction(file, action);
            pendingFunctions.computeIfAbsent(action.action(), a -> new ArrayList<>()).add(function);
            status(null);
        } catch (Refusal refusal) {
            status(refusal.getMessage());
        }
    }

    private void set(RaciGrid.Line line, int column, Set<Role> roles) {
        IFile file = CoopProjects.file(line.source());
        if (file == null) {
            return;
        }
        try {
            edits.setRoles(file, line, matrix.grid().columns().get(column).actor(), roles);
            listenTo(file);
            status(null);
        } catch (Refusal refusal) {
            status(refusal.getMessage());
        }
    }

    private void show(PlanChoice choice) {
        if (choice != null && !choice.equals(requested())) {
            if (requested() != null && !requested().file().getProject().equals(choice.file().getProject())) {
                against = null; // a version is a version of one project
            }
            extraActors.clear();
            pendingFunctions.clear();
            load(choice);
        }
    }

    private Job load(PlanChoice choice) {
        if (choice == null) {
            return Job.create(Messages.raciJob, monitor -> {
            });
        }
        listenTo(choice.file());
        return loader.load(new MatrixLoader.Request(choice, filterBar.crossPlan(), List.copyOf(extraActors),
                Map.copyOf(pendingFunctions), filterBar.filter(), listened == null ? null : listened.text(), against));
    }

    /** The plan asked for last, shown or being computed; null before any. */
    private PlanChoice requested() {
        return loader.latest() == null ? null : loader.latest().choice();
    }

    private void render(MatrixLoader.Result result) {
        if (heading.isDisposed()) {
            return;
        }
        shown = result.request().choice();
        heading.setText(Messages.bind(Messages.raciHeading, result.grid().title(),
                shown.file().getFullPath().makeRelative()));
        filterBar.offer(result.options());
        MatrixComparison.Result comparison = result.comparison();
        if (result.request().against() == null) {
            comparisonBar.show(null);
        } else if (comparison == null) {
            comparisonBar.show(Messages.bind(Messages.matrixComparisonFailed, result.comparisonError()));
        } else {
            comparisonBar.show(Messages.bind(Messages.matrixComparing, comparison.against().label(), comparison.cells().size()));
        }
        matrix.show(result.grid(), comparison);
    }

    /** The view follows the text of the file it shows, whoever changes it (this view, the editor, the diagram). */
    private void listenTo(IFile file) {
        try {
            CoopDocument document = MatrixEdits.documentOf(file);
            if (document != listened) {
                if (listened != null) {
                    listened.removeListener(textChanged);
                }
                listened = document;
                listened.addListener(textChanged);
            }
        } catch (Refusal refusal) {
            status(refusal.getMessage());
        }
    }

    private void textChanged() {
        if (!heading.isDisposed()) {
            heading.getDisplay().asyncExec(() -> {
                if (!heading.isDisposed() && requested() != null) {
                    load(requested());
                }
            });
        }
    }

    /** The view's handler of a workbench command (Ctrl+Z, Ctrl+Y, Delete while the matrix has the focus). */
    private void handler(ActionFactory factory, String command, Runnable run) {
        Action action = new Action() {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setActionDefinitionId(command);
        getViewSite().getActionBars().setGlobalActionHandler(factory.getId(), action);
    }

    private void withDocument(Consumer<CoopDocument> work) {
        if (listened != null) {
            work.accept(listened);
        }
    }

    private void openSource(RaciGrid.Line line) {
        if (line.range() != null) {
            try {
                line.range().open(getSite().getPage());
            } catch (PartInitException e) {
                heading.getDisplay().beep();
            }
        }
    }

    private void status(String message) {
        getViewSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        if (message != null) {
            heading.setText(message);
        }
    }

    @Override
    public void setFocus() {
        matrix.natTable().setFocus();
    }

    @Override
    public void dispose() {
        if (listened != null) {
            listened.removeListener(textChanged);
        }
        CoopWorkspace.get().removeBuildListener(buildListener);
        getSite().getPage().removePostSelectionListener(selectionListener);
        getSite().getPage().removePartListener(editorListener);
        super.dispose();
    }
}
