package org.maillage.dsl.ui.internal.editor.quickfix;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.CoopWorkspace;

/** Quick fixes from the Problems view: the same corrections as Ctrl+1, on the file's saved text. */
public final class CoopMarkerResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getResource() instanceof IFile && !fixes(marker).isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return fixes(marker).stream().map(Resolution::new).toArray(IMarkerResolution[]::new);
    }

    private static List<QuickFix> fixes(IMarker marker) {
        String code = marker.getAttribute(CoopProjects.CODE, null);
        int offset = marker.getAttribute(IMarker.CHAR_START, -1);
        if (code == null || offset < 0 || !(marker.getResource() instanceof IFile file)) {
            return List.of();
        }
        XtextResourceSet set = CoopWorkspace.get().newResourceSet(file.getProject());
        XtextResource resource = (XtextResource) set.createResource(CoopProjects.uri(file));
        try (var in = file.getContents(true)) {
            resource.load(new ByteArrayInputStream(in.readAllBytes()), set.getLoadOptions());
        } catch (java.io.IOException | CoreException e) {
            return List.of();
        }
        return QuickFixes.of(resource, code, offset);
    }

    /** One fix, applied to the file's buffer. */
    private record Resolution(QuickFix fix) implements IMarkerResolution {

        @Override
        public String getLabel() {
            return fix.label();
        }

        @Override
        public void run(IMarker marker) {
            try {
                fix.apply(null, null);
            } catch (CoreException | org.eclipse.jface.text.BadLocationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
