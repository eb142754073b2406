package org.maillage.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one editable state of a {@code .coop} file while a diagram shows it: the text, its
 * undo history and its dirty flag. A diagram operation becomes one change of this text; the
 * text editor of the workbench and the headless server each provide an implementation.
 */
public interface CoopDocument {

    /** The file the text is saved to. */
    Path path();

    String text();

    /** Applies the edits as one change that a single undo reverts. */
    void apply(List<TextEdit> edits);

    boolean canUndo();

    boolean canRedo();

    void undo();

    void redo();

    boolean isDirty();

    /** Writes the text to {@link #path()} (atomically) and clears the dirty flag. */
    void save() throws IOException;

    /** Called after every change of the text, whoever made it; may be called on any thread. */
    void addListener(Runnable listener);

    void removeListener(Runnable listener);
}
