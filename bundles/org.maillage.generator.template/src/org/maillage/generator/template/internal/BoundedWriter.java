package org.maillage.generator.template.internal;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer that refuses to write more than a number of characters: a template's output bound. */
final class BoundedWriter extends FilterWriter {

    /** Thrown once the bound is reached; nothing past it is written. */
    static final class OutputTooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        OutputTooLarge(long bound) {
            super("output larger than " + bound + " characters");
        }
    }

    private final long bound;
    private long written;

    BoundedWriter(Writer out, long bound) {
        super(out);
        this.bound = bound;
    }

    private void count(long more) throws OutputTooLarge {
        if (written + more > bound) {
            throw new OutputTooLarge(bound);
        }
        written += more;
    }

    @Override
    public void write(int c) throws IOException {
        count(1);
        super.write(c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        count(length);
        super.write(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        count(length);
        super.write(text, offset, length);
    }
}
