package org.maillage.dsl.validation;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's conversion, plus a fallback found by fuzzing: a syntax problem whose text ends exactly
 * at the end of the file makes Xtext's end-line computation read one character too far, and the
 * problem was dropped (logged, not reported). It is now reported at its start, like the others.
 */
public class CoopDiagnosticConverter extends DiagnosticConverterImpl {

    @Override
    public void convertResourceDiagnostic(Resource.Diagnostic diagnostic, Severity severity,
            IAcceptor<Issue> acceptor) {
        try {
            super.convertResourceDiagnostic(diagnostic, severity, acceptor);
        } catch (IndexOutOfBoundsException endOfText) {
            Issue.IssueImpl issue = new Issue.IssueImpl();
            issue.setSeverity(severity);
            issue.setMessage(diagnostic.getMessage());
            issue.setLineNumber(diagnostic.getLine());
            issue.setLineNumberEnd(diagnostic.getLine());
            issue.setColumn(diagnostic.getColumn());
            issue.setColumnEnd(diagnostic.getColumn());
            issue.setType(CheckType.FAST);
            if (diagnostic instanceof AbstractDiagnostic located) {
                issue.setCode(located.getCode());
                issue.setData(located.getData());
                issue.setOffset(located.getOffset());
                issue.setLength(located.getLength());
                issue.setUriToProblem(located.getUriToProblem());
            }
            issue.setSyntaxError(diagnostic instanceof XtextSyntaxDiagnostic);
            acceptor.accept(issue);
        }
    }
}
