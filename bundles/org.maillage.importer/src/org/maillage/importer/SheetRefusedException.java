package org.maillage.importer;

/** A spreadsheet that is not read at all: not a spreadsheet, over a bound, no such sheet, no header. */
public final class SheetRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public SheetRefusedException(String message) {
        super(message);
    }

    public SheetRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
