package org.maillage.generator.sheet;

import org.maillage.generator.Markup;

/**
 * One cell of a generated spreadsheet: a text (always a string cell, never a formula), a number,
 * or nothing; optionally filled with a colour (then written in bold white) or set in bold.
 *
 * @param value a {@link String}, a {@link Number} or {@code null}
 * @param fill  a fill colour as six hexadecimal digits, or {@code null}
 * @param bold  whether the text is bold
 */
public record SheetCell(Object value, String fill, boolean bold) {

    /** Excel's limit of characters in one cell (POI refuses more); LibreOffice follows it too. */
    public static final int MAX_CELL_TEXT = 32_767;

    private static final SheetCell EMPTY = new SheetCell(null, null, false);

    public static SheetCell text(String text) {
        return new SheetCell(cellText(text), null, false);
    }

    public static SheetCell bold(String text) {
        return new SheetCell(cellText(text), null, true);
    }

    public static SheetCell filled(String text, String fill) {
        return new SheetCell(cellText(text), fill, true);
    }

    public static SheetCell number(Number number) {
        return number == null ? EMPTY : new SheetCell(number, null, false);
    }

    public static SheetCell empty() {
        return EMPTY;
    }

    /**
     * A user text as a cell text: characters XML forbids become spaces; cut with an ellipsis at
     * the cell limit, never inside a surrogate pair.
     */
    public static String cellText(String text) {
        String value = Markup.xmlText(text);
        if (value.length() <= MAX_CELL_TEXT) {
            return value;
        }
        int end = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "\u2026";
    }
}
