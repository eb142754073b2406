package org.maillage.diagram.internal.glsp;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.maillage.diagram.CoopDocument;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.internal.edit.CoopInjector;
import org.maillage.diagram.internal.edit.LoadedModel;
import org.maillage.diagram.internal.graph.DiagramFilter;
import org.maillage.diagram.internal.layout.LayoutSidecar;

import com.google.inject.Inject;

/**
 * One diagram session's state. The text document is the editable state: an operation is a
 * change of its text; undo, redo and the dirty flag are the document's, so that the text editor
 * and the diagram share one history whichever has the focus. The GModel is rebuilt from the
 * text after every change.
 */
public class CoopModelState extends DefaultGModelState {

    @Inject
    private DiagramKind kind;

    private CoopDocument document;
    private String planName;
    private Locale locale = Locale.FRENCH;
    private final Set<String> pendingFunctions = new HashSet<>();
    private volatile boolean changing;
    private boolean relayout;
    private DiagramFilter filter;

    void open(CoopDocument document, String planName, Locale locale) {
        this.document = document;
        this.planName = planName;
        this.locale = locale;
    }

    public CoopDocument document() {
        return document;
    }

    public DiagramKind kind() {
        return kind;
    }

    public String planName() {
        return planName;
    }

    void planName(String name) {
        planName = name;
    }

    public Locale locale() {
        return locale;
    }

    /** Functions created in an action from the palette that have no role yet: shown in that action. */
    public Set<String> pendingFunctions() {
        return pendingFunctions;
    }

    /** The document's current text, parsed with its folder. */
    public LoadedModel load() {
        return LoadedModel.of(CoopInjector.get(), document, locale);
    }

    public LayoutSidecar sidecar() {
        return LayoutSidecar.of(document.path());
    }

    public String sidecarKey() {
        return LayoutSidecar.key(kind.fileSuffix(), planName);
    }

    /** The part of the diagram shown (who-does-what), or null for all of it. */
    public DiagramFilter filter() {
        return filter;
    }

    void filter(DiagramFilter shown) {
        filter = shown;
    }

    /** Asks for the next diagram to be laid out whole, forgetting where its elements are shown (automatic layout). */
    public void relayout() {
        relayout = true;
    }

    /** Whether the next diagram is to be laid out whole; asked once. */
    boolean takeRelayout() {
        boolean asked = relayout;
        relayout = false;
        return asked;
    }

    /** Changes the text from this diagram: the change is not reported back to it as another hand's. */
    public void change(Runnable change) {
        changing = true;
        try {
            change.run();
        } finally {
            changing = false;
        }
    }

    /** Whether the text is being changed by this diagram. */
    boolean changing() {
        return changing;
    }

    @Override
    public void execute(Command command) {
        command.execute();
    }

    @Override
    public boolean canUndo() {
        return document != null && document.canUndo();
    }

    @Override
    public boolean canRedo() {
        return document != null && document.canRedo();
    }

    @Override
    public void undo() {
        change(document::undo);
    }

    @Override
    public void redo() {
        change(document::redo);
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public void saveIsDone() {
        // The document knows it was saved.
    }
}
