package org.maillage.dsl.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.diagnostics.AbstractDiagnostic;
import org.eclipse.xtext.nodemodel.INode;
import org.maillage.dsl.load.FileDiagnostic;

/**
 * The error of a text the input checks refused, as a resource diagnostic: its code, message,
 * position (one character wide) and hint (the data, like every diagnostic of the language).
 */
final class RefusedInput extends AbstractDiagnostic {

    private final FileDiagnostic diagnostic;
    private final int offset;
    private final URI uri;

    RefusedInput(FileDiagnostic diagnostic, String text, URI uri) {
        this.diagnostic = diagnostic;
        this.offset = offset(text, diagnostic.line(), diagnostic.column());
        this.uri = uri;
    }

    /** The character offset of a 1-based line and column in {@code text}, clamped to it. */
    private static int offset(String text, int line, int column) {
        int start = 0;
        for (int l = 1; l < line && start < text.length(); l++) {
            int newline = text.indexOf('\n', start);
            start = newline < 0 ? text.length() : newline + 1;
        }
        return Math.min(text.length(), start + Math.max(0, column - 1));
    }

    @Override
    protected INode getNode() {
        return null;
    }

    @Override
    public String getCode() {
        return diagnostic.code();
    }

    @Override
    public String[] getData() {
        return diagnostic.hint() == null ? new String[0] : new String[] { diagnostic.hint() };
    }

    @Override
    public String getMessage() {
        return diagnostic.message();
    }

    @Override
    public int getOffset() {
        return offset;
    }

    @Override
    public int getLength() {
        return 1;
    }

    @Override
    public int getLine() {
        return diagnostic.line();
    }

    @Override
    public int getColumn() {
        return diagnostic.column();
    }

    @Override
    public int getLineEnd() {
        return diagnostic.line();
    }

    @Override
    public int getColumnEnd() {
        return diagnostic.column() + 1;
    }

    @Override
    public String getLocation() {
        return uri == null ? null : uri.toString();
    }

    @Override
    public URI getUriToProblem() {
        return null;
    }
}
