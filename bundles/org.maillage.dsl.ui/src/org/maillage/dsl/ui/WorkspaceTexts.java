package org.maillage.dsl.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.maillage.generator.AtomicFiles;

/**
 * The text of a workspace file as the user sees it, and how a change of it is written: in the
 * document of an open editor when there is one (one undoable change; saved only if the editor had
 * no unsaved edits before), else atomically on disk, and only if the file still holds what was
 * read. Used by the conflict quick fixes and the spreadsheet import.
 */
public final class WorkspaceTexts {

    private WorkspaceTexts() {
    }

    /** The open editor's text of the file if there is one, else the file's content (UTF-8); null if it does not exist. */
    public static String read(IFile file) throws CoreException {
        ITextFileBuffer buffer = buffer(file);
        if (buffer != null) {
            return buffer.getDocument().get();
        }
        if (!file.exists()) {
            return null;
        }
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
    }

    /** Whether an editor (or another client of the file buffers) holds the file's text. */
    public static boolean isOpen(IFile file) {
        return buffer(file) != null;
    }

    /**
     * Changes the file's text from {@code read} (what {@link #read} gave; null for a file that did
     * not exist) to {@code text}: in the open editor's document, or by an atomic write that
     * refuses a file changed since it was read; a new file's folders are created.
     */
    public static void write(IFile file, String read, String text) throws CoreException {
        ITextFileBuffer buffer = buffer(file);
        if (buffer != null) {
            boolean wasDirty = buffer.isDirty();
            replace(buffer.getDocument(), buffer.getDocument().get(), text);
            if (!wasDirty) {
                buffer.commit(null, false);
            }
            return;
        }
        Path path = file.getLocation().toFile().toPath();
        try {
            if (read == null) {
                AtomicFiles.write(path, text.getBytes(StandardCharsets.UTF_8));
            } else {
                byte[] expected = read.getBytes(StandardCharsets.UTF_8);
                AtomicFiles.rewrite(path, text.getBytes(StandardCharsets.UTF_8), now -> Arrays.equals(now, expected));
            }
        } catch (IOException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
        if (read != null) {
            file.refreshLocal(IResource.DEPTH_ZERO, null);
            return;
        }
        IContainer known = file.getParent();
        while (!known.exists()) {
            known = known.getParent();
        }
        known.refreshLocal(IResource.DEPTH_INFINITE, null);
    }

    private static ITextFileBuffer buffer(IFile file) {
        return FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
    }

    /** The smallest replacement turning {@code before} into {@code after}: one change for the undo history. */
    private static void replace(IDocument document, String before, String after) throws CoreException {
        int start = 0;
        int max = Math.min(before.length(), after.length());
        while (start < max && before.charAt(start) == after.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < max - start && before.charAt(before.length() - 1 - end) == after.charAt(after.length() - 1 - end)) {
            end++;
        }
        try {
            document.replace(start, before.length() - end - start, after.substring(start, after.length() - end));
        } catch (BadLocationException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
    }
}
