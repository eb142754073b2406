package org.maillage.importer;

import java.util.Locale;

import org.maillage.importer.internal.Cells;
import org.maillage.importer.internal.ImportMessages;

/**
 * Where the table is in a sheet of another layout ({@code --map action=B,function=C,actors=D:K}):
 * the column of the actions, the column of the functions, the first and last columns of the
 * structures, and optionally the row of the column header ({@code header=3}, 1-based; by default
 * the first row that names most of the structures' columns). Columns are 0-based here.
 */
public record ColumnMap(int action, int function, int firstActor, int lastActor, int headerRow) {

    /** No header row given: it is searched. */
    public static final int FIND_HEADER = -1;

    /** Thrown with a message for a usage error. */
    public static final class BadMapException extends Exception {

        private static final long serialVersionUID = 1L;

        BadMapException(String message) {
            super(message);
        }
    }

    public static ColumnMap parse(String text, Locale locale) throws BadMapException {
        Integer action = null;
        Integer function = null;
        int[] actors = null;
        int header = FIND_HEADER;
        for (String part : text.split(",")) {
            int equals = part.indexOf('=');
            String key = equals < 0 ? part.trim() : part.substring(0, equals).trim().toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : part.substring(equals + 1).trim();
            switch (key) {
            case "action" -> action = column(value, text, locale);
            case "function", "fonction" -> function = column(value, text, locale);
            case "actors", "acteurs" -> {
                int colon = value.indexOf(':');
                actors = colon < 0 ? new int[] { column(value, text, locale), column(value, text, locale) }
                        : new int[] { column(value.substring(0, colon), text, locale),
                                column(value.substring(colon + 1), text, locale) };
            }
            case "header", "entete", "entête" -> header = row(value, text, locale);
            default -> throw new BadMapException(ImportMessages.get(locale, "map.key", key, text));
            }
        }
        if (action == null || function == null || actors == null) {
            throw new BadMapException(ImportMessages.get(locale, "map.missing", text));
        }
        if (actors[1] < actors[0]) {
            throw new BadMapException(ImportMessages.get(locale, "map.range", text));
        }
        return new ColumnMap(action, function, actors[0], actors[1], header);
    }

    private static int column(String letters, String text, Locale locale) throws BadMapException {
        int column = Cells.column(letters.trim());
        if (column < 0 || column >= SheetLimits.MAX_COLUMNS) {
            throw new BadMapException(ImportMessages.get(locale, "map.column", letters, text));
        }
        return column;
    }

    private static int row(String number, String text, Locale locale) throws BadMapException {
        try {
            int row = Integer.parseInt(number.trim());
            if (row >= 1 && row <= SheetLimits.MAX_ROWS) {
                return row - 1;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadMapException(ImportMessages.get(locale, "map.row", number, text));
    }
}
