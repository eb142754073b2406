package org.maillage.vcs.ui.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.maillage.dsl.ui.WorkspaceTexts;
import org.maillage.vcs.Conflict;
import org.maillage.vcs.ConflictFiles;
import org.maillage.vcs.ConflictResolution;
import org.maillage.vcs.PlanFiles;

/**
 * What the conflict quick fixes do to the files: "keep mine" only takes the conflict out of the
 * {@code .conflicts} file (deleted when none is left; the markers follow it); "take theirs" first
 * writes their value into the plan's text through the merge's change serializer, then takes the
 * conflict out. Texts are written by {@link WorkspaceTexts}: in the open editor's document when
 * there is one (one undoable change), else atomically on disk.
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
            WorkspaceTexts.write(conflicts, ConflictMarkers.read(conflicts), left);
        }
    }

    /** Writes their value into the merged file (the open editor's document if there is one), then takes the conflict out. */
    static void takeTheirs(IFile merged, Conflict conflict) throws CoreException {
        String text = WorkspaceTexts.read(merged);
        Path path = merged.getLocation().toFile().toPath();
        Locale locale = Locale.getDefault();
        String theirs = ConflictResolution.takeTheirs(text, conflict, PlanFiles.siblings(path, locale), path.toString(), locale);
        if (theirs == null) {
            throw new CoreException(Status.error(NLS.bind(Messages.fix_cannotTakeTheirs, conflict.element())));
        }
        WorkspaceTexts.write(merged, text, theirs);
        keepMine(merged, conflict);
    }
}
