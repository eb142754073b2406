package org.maillage.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.undo.DocumentUndoManagerRegistry;
import org.eclipse.text.undo.IDocumentUndoManager;
import org.maillage.diagram.CoopDocument;
import org.maillage.diagram.DocumentListeners;
import org.maillage.diagram.TextEdit;

/**
 * A {@code .coop} file's text file buffer as the diagram's document: the same {@link IDocument} as
 * the text editor's, with the same document undo manager (so one undo history, whichever editor has
 * the focus) and the buffer's dirty flag. Changes run on the UI thread, as editors expect.
 */
final class BufferDocument implements CoopDocument {
    private final IFile file;
    private final ITextFileBuffer buffer;
    private final IDocument document;
    private final IDocumentUndoManager undo;
    private final DocumentListeners listeners = new DocumentListeners();

    BufferDocument(IFile file) throws CoreException {
        this.file = file;
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        manager.connect(file.getFullPath(), LocationKind.IFILE, null);
        buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
        document = buffer.getDocument();
        DocumentUndoManagerRegistry.connect(document);
        undo = DocumentUndoManagerRegistry.getDocumentUndoManager(document);
        document.addDocumentListener(new IDocumentListener() {
            @Override
            public void documentAboutToBeChanged(DocumentEvent event) {
                // Only the change itself matters.
            }

            @Override
            public void documentChanged(DocumentEvent event) {
                listeners.changed();
            }
        });
    }

    /** The buffer's document, shared with the file's text editor. */
    IDocument textDocument() {
        return document;
    }

    @Override
    public Path path() {
        return file.getLocation().toFile().toPath();
    }

    @Override
    public String text() {
        return onUi(document::get);
    }

    @Override
    public void apply(List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        onUi(() -> {
            MultiTextEdit all = new MultiTextEdit();
            edits.forEach(e -> all.addChild(new ReplaceEdit(e.offset(), e.length(), e.text())));
            // One gesture, one step of the history: never folded into the text editor's typing before it.
            undo.commit();
            undo.beginCompoundChange();
            try {
                all.apply(document);
            } catch (MalformedTreeException | BadLocationException e) {
                throw new IllegalStateException("The diagram's edit does not fit the text: " + e.getMessage(), e);
            } finally {
                undo.endCompoundChange();
            }
            return null;
        });
    }

    @Override
    public boolean canUndo() {
        return onUi(undo::undoable);
    }

    @Override
    public boolean canRedo() {
        return onUi(undo::redoable);
    }

    @Override
    public void undo() {
        onUi(() -> {
            if (undo.undoable()) {
                try {
                    undo.undo();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
            return null;
        });
    }

    @Override
    public void redo() {
        onUi(() -> {
            if (undo.redoable()) {
                try {
                    undo.redo();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
            return null;
        });
    }

    @Override
    public boolean isDirty() {
        return buffer.isDirty();
    }

    @Override
    public void save() throws IOException {
        try {
            onUi(() -> {
                try {
                    buffer.commit(null, true);
                } catch (CoreException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                return null;
            });
        } catch (IllegalStateException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    IFile file() {
        return file;
    }

    private static <T> T onUi(java.util.function.Supplier<T> work) {
        Display display = Display.getDefault();
        if (display.getThread() == Thread.currentThread()) {
            return work.get();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
