package org.maillage.dsl.ui.internal.builder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.maillage.dsl.ui.internal.ProblemText;
import org.maillage.dsl.load.FileDiagnostic;
import org.maillage.dsl.ui.CoopProjects;

/**
 * Writes what the checks found as Problems markers: severity, line and range, the localised
 * message followed by the code, and the code and hint as attributes for quick fixes.
 */
final class ProblemMarkers {

    private ProblemMarkers() {
    }

    /** Replaces the markers of a file by one per issue. */
    static void replace(IFile file, List<Issue> issues) throws CoreException {
        if (!file.exists()) {
            return;
        }
        file.deleteMarkers(CoopProjects.MARKER_TYPE, true, IResource.DEPTH_ZERO);
        for (Issue issue : issues) {
            String code = issue.getCode() == null ? "SYNTAX" : issue.getCode();
            String[] data = issue.getData();
            String hint = data != null && data.length > 0 ? data[0] : null;
            Map<String, Object> attributes = attributes(severity(issue.getSeverity()), issue.getMessage(), code,
                    hint, issue.getLineNumber() == null ? 1 : issue.getLineNumber());
            if (issue.getOffset() != null && issue.getLength() != null) {
                attributes.put(IMarker.CHAR_START, issue.getOffset());
                attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
            }
            file.createMarker(CoopProjects.MARKER_TYPE, attributes);
        }
    }

    /** Replaces the markers of a file refused before parsing by the one reason it was refused. */
    static void refused(IFile file, FileDiagnostic diagnostic) throws CoreException {
        file.deleteMarkers(CoopProjects.MARKER_TYPE, true, IResource.DEPTH_ZERO);
        file.createMarker(CoopProjects.MARKER_TYPE, attributes(IMarker.SEVERITY_ERROR, diagnostic.message(),
                diagnostic.code(), diagnostic.hint(), diagnostic.line()));
    }

    private static Map<String, Object> attributes(int severity, String message, String code, String hint, int line) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(IMarker.SEVERITY, severity);
        attributes.put(IMarker.MESSAGE, ProblemText.sentence(message) + " [" + code + "]");
        attributes.put(IMarker.LINE_NUMBER, line);
        attributes.put(IMarker.SOURCE_ID, "Maillage");
        attributes.put(CoopProjects.CODE, code);
        if (hint != null) {
            attributes.put(CoopProjects.HINT, ProblemText.sentence(hint));
        }
        return attributes;
    }

    private static int severity(Severity severity) {
        return switch (severity) {
        case ERROR -> IMarker.SEVERITY_ERROR;
        case WARNING -> IMarker.SEVERITY_WARNING;
        default -> IMarker.SEVERITY_INFO;
        };
    }
}
