package org.maillage.importer.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.maillage.importer.SheetRefusedException;

/**
 * A CSV file as a sheet: UTF-8 (with or without a byte order mark), else Windows-1252 (what a
 * French Excel saves); fields separated by {@code ;} (the RACI generator's and French
 * spreadsheets'), {@code ,} or a tab, whichever the first line holds most; double quotes as in
 * RFC 4180. A field starting with {@code =} is text, as every field.
 */
final class CsvGrids {

    private CsvGrids() {
    }

    static Grids.Read read(byte[] bytes, String name, Locale locale) throws SheetRefusedException {
        String text;
        boolean windows = false;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, Charset.forName("windows-1252"));
            windows = true;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        GridBuilder grid = new GridBuilder(name, locale);
        int row = 0;
        int column = 0;
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                grid.cell(row, column++, field.toString(), false);
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                grid.cell(row++, column, field.toString(), false);
                column = 0;
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(c);
            }
            if (field.length() > 4 * org.maillage.importer.SheetLimits.MAX_CELL_CHARS) {
                // the grid leaves the cell out; no need to keep reading it into memory
                field.setLength(org.maillage.importer.SheetLimits.MAX_CELL_CHARS + 1);
            }
        }
        grid.cell(row, column, field.toString(), false);
        return new Grids.Read(grid.build(), windows);
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char best = ';';
        long most = first.chars().filter(c -> c == ';').count();
        for (char candidate : new char[] { ',', '\t' }) {
            long count = first.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }
}
