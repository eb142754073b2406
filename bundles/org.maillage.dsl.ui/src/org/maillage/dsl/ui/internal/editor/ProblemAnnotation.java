package org.maillage.dsl.ui.internal.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.maillage.dsl.ui.internal.ProblemText;

/** A problem found while typing: squiggle, overview ruler, hover text with code and hint, quick fixes. */
public final class ProblemAnnotation extends Annotation {

    private final String code;

    ProblemAnnotation(Issue issue) {
        super(type(issue.getSeverity()), false, text(issue));
        this.code = issue.getCode() == null ? "SYNTAX" : issue.getCode();
    }

    /** The diagnostic's code (RACI-NO-A, LINK-UNRESOLVED...). */
    public String code() {
        return code;
    }

    private static String type(Severity severity) {
        return switch (severity) {
        case ERROR -> "org.eclipse.ui.workbench.texteditor.error";
        case WARNING -> "org.eclipse.ui.workbench.texteditor.warning";
        default -> "org.eclipse.ui.workbench.texteditor.info";
        };
    }

    private static String text(Issue issue) {
        String code = issue.getCode() == null ? "SYNTAX" : issue.getCode();
        String[] data = issue.getData();
        String hint = data != null && data.length > 0 && data[0] != null ? "\n" + ProblemText.sentence(data[0]) : "";
        return ProblemText.sentence(issue.getMessage()) + " [" + code + "]" + hint;
    }
}
