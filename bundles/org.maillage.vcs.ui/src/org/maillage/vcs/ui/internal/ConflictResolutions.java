package org.maillage.vcs.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.statushandlers.StatusManager;
import org.maillage.vcs.Conflict;
import org.maillage.vcs.ConflictResolution;

/** The quick fixes of a merge conflict's marker: « Garder ma version » and, for a value both changed, « Prendre leur version ». */
public final class ConflictResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getResource() instanceof IFile;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        Conflict conflict = ConflictMarkers.conflict(marker);
        List<IMarkerResolution> fixes = new ArrayList<>();
        fixes.add(new Fix(Messages.fix_keepMine, Messages.fix_keepMine_description, false));
        if (ConflictResolution.canTakeTheirs(conflict)) {
            fixes.add(new Fix(Messages.fix_takeTheirs, Messages.fix_takeTheirs_description, true));
        }
        return fixes.toArray(IMarkerResolution[]::new);
    }

    private record Fix(String label, String description, boolean theirs) implements IMarkerResolution2 {

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            if (!(marker.getResource() instanceof IFile merged) || !marker.exists()) {
                return;
            }
            Conflict conflict = ConflictMarkers.conflict(marker);
            try {
                if (theirs) {
                    ConflictEdits.takeTheirs(merged, conflict);
                } else {
                    ConflictEdits.keepMine(merged, conflict);
                }
            } catch (CoreException e) {
                StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW);
            }
        }
    }
}
