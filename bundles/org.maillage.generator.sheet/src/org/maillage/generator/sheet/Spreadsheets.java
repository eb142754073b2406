package org.maillage.generator.sheet;

import java.io.IOException;
import java.util.List;

import org.maillage.generator.sheet.internal.OdsSheets;
import org.maillage.generator.sheet.internal.XlsxSheets;

/**
 * Writes sheets as an Excel workbook or an OpenDocument spreadsheet, with the conventions every
 * generator shares: texts are string cells (quote-prefixed in XLSX, so even an edited title like
 * {@code =HYPERLINK(...)} never becomes a formula), a bold title, a styled header frozen with the
 * first columns and repeated on each printed page, and a landscape print setup fitted to the width.
 */
public final class Spreadsheets {

    private Spreadsheets() {
    }

    public static byte[] xlsx(List<SheetTable> sheets) throws IOException {
        return XlsxSheets.write(sheets);
    }

    public static byte[] ods(List<SheetTable> sheets) throws IOException {
        return OdsSheets.write(sheets);
    }
}
