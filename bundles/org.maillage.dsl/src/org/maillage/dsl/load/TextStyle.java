package org.maillage.dsl.load;

/**
 * How a file's text is laid out on disk, kept when the file is rewritten: a UTF-8 byte order mark
 * or not, and its line separator (that of its first line break: LF, CRLF or CR alone).
 *
 * @param original the file's text as on disk, byte order mark included
 */
public record TextStyle(String original, boolean bom, String lineSeparator) {

    private static final char BOM = '\uFEFF';

    /** The style of a file's decoded text (byte order mark not yet removed). */
    public static TextStyle of(String original) {
        int end = original.indexOf('\n');
        int cr = original.indexOf('\r');
        String separator = cr >= 0 && (end < 0 || cr < end) ? cr + 1 == end ? "\r\n" : "\r" : "\n";
        return new TextStyle(original, !original.isEmpty() && original.charAt(0) == BOM, separator);
    }

    /** {@code text} (any line breaks, no byte order mark) written in this style. */
    public String apply(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!lineSeparator.equals("\n")) {
            lines = lines.replace("\n", lineSeparator);
        }
        return bom ? BOM + lines : lines;
    }
}
