package org.maillage.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.eclipse.ui.texteditor.SourceViewerDecorationSupport;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.dsl.ui.SourceRange;
import org.maillage.dsl.ui.internal.DslUiMessages;

/**
 * The .coop text editor: the platform's text editor fed by the language's services. Each open
 * document has its own parsed model ({@link CoopDocumentModel}), kept in step by the reconciler,
 * which gives problems as you type, model-based colours, the outline and folding.
 */
public class CoopEditor extends TextEditor {

    public static final String ID = "org.maillage.dsl.ui.editor";

    private CoopDocumentModel model;
    private SyntaxStyles styles;
    private CoopOutlinePage outline;
    private SemanticHighlighter highlighter;
    private OccurrencesMarker occurrences;
    private List<Annotation> problems;
    private List<Annotation> folds;
    private Consumer<IProject> rebuilt;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setPreferenceStore(EditorPreferences.chained());
        styles = new SyntaxStyles(EditorPreferences.store());
        problems = new ArrayList<>();
        folds = new ArrayList<>();
        IGrammarAccess grammar = CoopWorkspace.get().injector().getInstance(IGrammarAccess.class);
        Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
        setSourceViewerConfiguration(new CoopSourceViewerConfiguration(this, styles, keywords));
        setKeyBindingScopes(new String[] { "org.maillage.dsl.ui.editorScope" });
    }

    IPreferenceStore preferences() {
        return getPreferenceStore();
    }

    /** The model of the open document; null before an input is set. */
    public CoopDocumentModel model() {
        return model;
    }

    @Override
    protected void doSetInput(IEditorInput input) throws org.eclipse.core.runtime.CoreException {
        super.doSetInput(input);
        if (model != null) {
            model.dispose();
        }
        IFile file = input.getAdapter(IFile.class);
        model = file != null && CoopProjects.isCoopFile(file) ? new CoopDocumentModel(file, CoopWorkspace.get()) : null;
    }

    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int style) {
        ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(),
                style);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors()).install();
        viewer.doOperation(ProjectionViewer.TOGGLE);
        highlighter = new SemanticHighlighter(viewer, styles);
        highlighter.install();
        occurrences = new OccurrencesMarker(this, viewer);
        occurrences.install();
        rebuilt = this::recheckAfterBuild;
        CoopWorkspace.get().addBuildListener(rebuilt);
    }

    /** Another file of the project was saved and checked: check this text again against it. */
    private void recheckAfterBuild(IProject project) {
        CoopDocumentModel current = model;
        if (current == null || current.text() == null || !current.file().getProject().equals(project)) {
            return;
        }
        Job job = Job.create(DslUiMessages.reconcileJob, monitor -> {
            current.update(current.text());
            ReconcileResult result = CoopReconcilingStrategy.compute(current, monitor::isCanceled);
            if (result != null && !monitor.isCanceled()) {
                applyReconcile(result);
            }
        });
        job.setSystem(true);
        job.schedule();
    }

    @Override
    protected void configureSourceViewerDecorationSupport(SourceViewerDecorationSupport support) {
        super.configureSourceViewerDecorationSupport(support);
        support.setCharacterPairMatcher(new DefaultCharacterPairMatcher(new char[] { '{', '}' },
                CoopPartitions.PARTITIONING));
        support.setMatchingCharacterPainterPreferenceKeys(EditorPreferences.MATCHING_BRACKETS,
                EditorPreferences.MATCHING_BRACKETS_COLOR);
    }

    @Override
    protected void createActions() {
        super.createActions();
        EditorCommands commands = new EditorCommands(this);
        action("ContentAssistProposal", DslUiMessages.actionContentAssist,
                ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS,
                () -> getSourceViewer().getTextOperationTarget().doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS));
        action("Format", DslUiMessages.actionFormat, "org.maillage.dsl.ui.format", commands::format);
        action("ToggleComment", DslUiMessages.actionToggleComment, "org.maillage.dsl.ui.toggleComment",
                commands::toggleComment);
        action("OpenDeclaration", DslUiMessages.actionOpenDeclaration, "org.maillage.dsl.ui.openDeclaration",
                commands::openDeclaration);
        action("FindReferences", DslUiMessages.actionFindReferences, "org.maillage.dsl.ui.findReferences",
                commands::findReferences);
    }

    private void action(String id, String label, String definition, Runnable run) {
        Action action = new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setActionDefinitionId(definition);
        setAction(id, action);
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new CoopOutlinePage(this);
            }
            return type.cast(outline);
        }
        return super.getAdapter(type);
    }

    /** Shows what the reconciler computed; called from its thread. */
    void applyReconcile(ReconcileResult result) {
        if (getSite() == null || getSite().getShell() == null || getSite().getShell().isDisposed()) {
            return;
        }
        Display display = getSite().getShell().getDisplay();
        display.asyncExec(() -> {
            ISourceViewer viewer = getSourceViewer();
            if (viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
                return;
            }
            showProblems(viewer.getAnnotationModel(), result);
            highlighter.update(result.highlights());
            showFolds((ProjectionViewer) viewer, result.folds());
            if (outline != null) {
                outline.update(result.outline());
            }
        });
    }

    private void showProblems(IAnnotationModel annotations, ReconcileResult result) {
        if (!(annotations instanceof IAnnotationModelExtension extension)) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        IDocument document = getDocumentProvider().getDocument(getEditorInput());
        for (var issue : result.issues()) {
            if (issue.getOffset() != null && issue.getOffset() + issue.getLength() <= document.getLength()) {
                added.put(new ProblemAnnotation(issue), new Position(issue.getOffset(), issue.getLength()));
            }
        }
        extension.replaceAnnotations(problems.toArray(Annotation[]::new), added);
        problems = new ArrayList<>(added.keySet());
        // the live problems replace the builder's markers while the editor is open
        Iterator<Annotation> all = annotations.getAnnotationIterator();
        while (all.hasNext()) {
            if (all.next() instanceof MarkerAnnotation marker && isProblemMarker(marker)) {
                marker.markDeleted(true);
            }
        }
    }

    private static boolean isProblemMarker(MarkerAnnotation marker) {
        try {
            return marker.getMarker().exists() && marker.getMarker().isSubtypeOf(CoopProjects.MARKER_TYPE);
        } catch (org.eclipse.core.runtime.CoreException e) {
            return false;
        }
    }

    private void showFolds(ProjectionViewer viewer, List<Position> positions) {
        ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
        if (model == null) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        positions.forEach(position -> added.put(new ProjectionAnnotation(), position));
        model.modifyAnnotations(folds.toArray(Annotation[]::new), added, null);
        folds = new ArrayList<>(added.keySet());
    }

    /** Opens an element's text, in this editor or in its file's. */
    public void open(SourceRange range) {
        try {
            range.open(getSite().getPage());
        } catch (PartInitException e) {
            getSite().getShell().getDisplay().beep();
        }
    }

    /** The problems shown while typing: for tests. */
    public List<ProblemAnnotation> liveProblems() {
        return problems.stream().filter(ProblemAnnotation.class::isInstance).map(ProblemAnnotation.class::cast)
                .toList();
    }

    /** The outline's elements: for tests. */
    public List<OutlineNode> outlineNodes() {
        return outline == null ? List.of() : outline.nodes();
    }

    @Override
    public void dispose() {
        if (rebuilt != null) {
            CoopWorkspace.get().removeBuildListener(rebuilt);
        }
        if (occurrences != null) {
            occurrences.uninstall();
        }
        if (model != null) {
            model.dispose();
        }
        super.dispose();
    }
}
