package org.maillage.dsl.ide.fixes;

import org.eclipse.emf.common.util.URI;

/** Replace {@code length} characters at {@code offset} of the file {@code file} with {@code text}. */
public record FileEdit(URI file, int offset, int length, String text) {

    /** The offset that stands for the end of the file, whatever its length when the edit is applied. */
    public static final int END = Integer.MAX_VALUE;

    /** Adds text at the end of the file. */
    public static FileEdit append(URI file, String text) {
        return new FileEdit(file, END, 0, text);
    }

    /** The offset in a text of {@code length} characters: the end for {@link #append}. */
    public int offsetIn(int length) {
        return Math.min(offset, length);
    }
}
