package org.maillage.diagram.internal.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.maillage.diagram.CoopDocument;
import org.maillage.diagram.DocumentListeners;
import org.maillage.diagram.TextEdit;
import org.maillage.generator.AtomicFiles;

/**
 * A {@code .coop} file's text held in memory with its own undo history, for the diagram server
 * run without the workbench (and its tests). Each change keeps the text before and after it.
 */
public final class FileDocument implements CoopDocument {
    private final Path path;
    private final Deque<String[]> undo = new ArrayDeque<>();
    private final Deque<String[]> redo = new ArrayDeque<>();
    private final DocumentListeners listeners = new DocumentListeners();
    private String text;
    private String saved;

    public FileDocument(Path path) throws IOException {
        this.path = path;
        this.text = Files.readString(path, StandardCharsets.UTF_8);
        this.saved = text;
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public synchronized String text() {
        return text;
    }

    @Override
    public void apply(List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return;
        }
        synchronized (this) {
            String after = TextEdit.apply(text, edits);
            undo.push(new String[] {text, after});
            redo.clear();
            text = after;
        }
        listeners.changed();
    }

    @Override
    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    @Override
    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    @Override
    public void undo() {
        synchronized (this) {
            if (undo.isEmpty()) {
                return;
            }
            String[] change = undo.pop();
            redo.push(change);
            text = change[0];
        }
        listeners.changed();
    }

    @Override
    public void redo() {
        synchronized (this) {
            if (redo.isEmpty()) {
                return;
            }
            String[] change = redo.pop();
            undo.push(change);
            text = change[1];
        }
        listeners.changed();
    }

    @Override
    public synchronized boolean isDirty() {
        return !text.equals(saved);
    }

    @Override
    public synchronized void save() throws IOException {
        AtomicFiles.rewrite(path, text.getBytes(StandardCharsets.UTF_8), null);
        saved = text;
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
