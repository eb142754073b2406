package org.maillage.diagram;

import java.util.Comparator;
import java.util.List;

/** A replacement in a text: {@code length} characters at {@code offset} become {@code text}. */
public record TextEdit(int offset, int length, String text) {

    /** Applies non-overlapping edits, given in any order, to a text. */
    public static String apply(String original, List<TextEdit> edits) {
        StringBuilder text = new StringBuilder(original);
        edits.stream().sorted(Comparator.comparingInt(TextEdit::offset).reversed())
                .forEach(e -> text.replace(e.offset(), e.offset() + e.length(), e.text()));
        return text.toString();
    }
}
