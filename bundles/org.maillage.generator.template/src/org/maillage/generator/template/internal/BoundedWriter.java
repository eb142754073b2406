package org.maillage.generator.template.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;

/**
 * A writer of one entry of a document that spends the document's output budget: the bound holds
 * for the whole document (content, styles, headers and footers together), and each write also
 * stops the filling once its deadline has interrupted the thread, since a template that writes
 * between its loops does not pass the loops' checks.
 */
final class BoundedWriter extends FilterWriter {

    /** Thrown once the bound is reached; nothing past it is written. */
    static final class OutputTooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        OutputTooLarge(long bound) {
            super("output larger than " + bound + " characters");
        }
    }

    /** The characters one document may still write. */
    static final class Budget {

        private final long bound;
        private long written;

        Budget(long bound) {
            this.bound = bound;
        }

        private synchronized void spend(long more) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("the template's deadline passed");
            }
            if (written + more > bound) {
                throw new OutputTooLarge(bound);
            }
            written += more;
        }
    }

    private final Budget budget;

    BoundedWriter(Writer out, Budget budget) {
        super(out);
        this.budget = budget;
    }

    @Override
    public void write(int c) throws IOException {
        budget.spend(1);
        super.write(c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        budget.spend(length);
        super.write(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        budget.spend(length);
        super.write(text, offset, length);
    }
}
