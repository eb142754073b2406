package org.maillage.importer;

import java.util.Locale;

/**
 * How to read a spreadsheet.
 *
 * @param format the file's format
 * @param sheet  the sheet to read by name, or null for the first one (XLSX, ODS)
 * @param map    where the table is, or null to find the column header ({@code Action}, {@code Fonction})
 * @param locale the language of messages
 */
public record SheetOptions(SheetFormat format, String sheet, ColumnMap map, Locale locale) {
}
