package org.maillage.vcs.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.osgi.util.NLS;
import org.maillage.generator.AtomicFiles;
import org.maillage.vcs.Conflict;
import org.maillage.vcs.ConflictFiles;
import org.maillage.vcs.ConflictResolution;
import org.maillage.vcs.PlanFiles;

/**
 * What the conflict quick fixes do to the files: "keep mine" only takes the conflict out of the
 * {@code .conflicts} file (deleted when none is left; the markers follow it); "take theirs" first
 * writes their value into the plan's text through the merge's change serializer, then takes the
 * conflict out. The text is edited in the open editor's document when there is one (one undoable
 * change; saved only if it had no unsaved edits before), else rewritten atomically on disk.
 */
final class ConflictEdits {

    private ConflictEdits() {
    }

    /** Takes the conflict out of the merged file's {@code .conflicts} file. */
    static void keepMine(IFile merged, Conflict conflict) throws CoreException {
        IFile conflicts = ConflictMarkers.conflictsOf(merged);
        if (!conflicts.exists()) {
            return;
        }
        String left = ConflictFiles.without(ConflictMarkers.read(conflicts), conflict);
        if (left == null) {
            conflicts.delete(true, true, null);
        } else {
            rewrite(conflicts, ConflictMarkers.read(conflicts), left);
        }
    }

    /** Writes their value into the merged file, then takes the conflict out. */
    static void takeTheirs(IFile merged, Conflict conflict) throws CoreException {
        ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(merged.getFullPath(), LocationKind.IFILE);
        String text = buffer != null ? buffer.getDocument().get() : ConflictMarkers.read(merged);
        Path path = merged.getLocation().toFile().toPath();
        Locale locale = Locale.getDefault();
        String theirs = ConflictResolution.takeTheirs(text, conflict, PlanFiles.siblings(path, locale), path.toString(), locale);
        if (theirs == null) {
            throw new CoreException(Status.error(NLS.bind(Messages.fix_cannotTakeTheirs, conflict.element())));
        }
        if (buffer != null) {
            boolean wasDirty = buffer.isDirty();
            replace(buffer.getDocument(), text, theirs);
            if (!wasDirty) {
                buffer.commit(null, false);
            }
        } else {
            rewrite(merged, text, theirs);
        }
        keepMine(merged, conflict);
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

    /** Replaces a file's content on disk atomically, if it is still what was read, and tells the workspace. */
    private static void rewrite(IFile file, String read, String text) throws CoreException {
        byte[] expected = read.getBytes(StandardCharsets.UTF_8);
        try {
            AtomicFiles.rewrite(file.getLocation().toFile().toPath(), text.getBytes(StandardCharsets.UTF_8),
                    now -> Arrays.equals(now, expected));
        } catch (IOException e) {
            throw new CoreException(Status.error(e.getMessage(), e));
        }
        file.refreshLocal(IResource.DEPTH_ZERO, null);
    }
}
