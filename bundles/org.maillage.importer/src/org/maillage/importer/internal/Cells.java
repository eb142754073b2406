package org.maillage.importer.internal;

import java.util.Locale;

/** Spreadsheet addresses: column letters ({@code A}, {@code AB}) and cells ({@code C5}). */
public final class Cells {

    private Cells() {
    }

    /** The letters of a column (0 → A, 26 → AA). */
    public static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    /** The column of letters (case-insensitive), or -1 when they are not column letters. */
    public static int column(String letters) {
        if (letters.isEmpty() || letters.length() > 3) {
            return -1;
        }
        int column = 0;
        for (char c : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    /** The address of a cell, rows and columns 0-based: (4, 2) → C5. */
    public static String address(int row, int column) {
        return letters(column) + (row + 1);
    }
}
