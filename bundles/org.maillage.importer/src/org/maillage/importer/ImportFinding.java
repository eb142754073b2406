package org.maillage.importer;

/**
 * Something the import could not read, or did in a way the user should know, at a place of the
 * sheet ({@code Matrice RACI!C5}).
 *
 * @param severity {@code error} (a cell or a row was not imported), {@code warning} or {@code info}
 * @param code     a stable code ({@code IMPORT-CELL}...)
 * @param sheet    the sheet's name
 * @param cell     the cell's address ({@code C5}), or null for the whole sheet
 * @param message  what, in the run's language
 * @param hint     what to do, or null
 */
public record ImportFinding(Severity severity, String code, String sheet, String cell, String message, String hint) {

    public enum Severity {
        ERROR, WARNING, INFO;

        /** The English word validate uses: error, warning, info. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** {@code sheet!cell}, or the sheet's name alone; a name with spaces or quotes is quoted as spreadsheets do. */
    public String where() {
        String name = sheet.matches("[\\p{L}\\p{N}_]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
        return cell == null ? name : name + "!" + cell;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
