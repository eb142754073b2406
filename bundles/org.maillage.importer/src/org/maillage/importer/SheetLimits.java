package org.maillage.importer;

/**
 * The bounds of a spreadsheet read by the import: a file from somebody else may be built to
 * exhaust memory (a zip bomb, a million rows, a cell of megabytes); beyond these it is refused
 * with a message that names the bound, before any work on its content.
 */
public final class SheetLimits {

    /** The file as given. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** All entries of an XLSX or ODS archive once unzipped. */
    public static final long MAX_EXPANDED_BYTES = 100L * 1024 * 1024;

    /** Rows with content (a "who does what" table of a plan has tens of rows, a region's a few thousands). */
    public static final int MAX_ROWS = 10_000;

    /** Columns with content: the action, the function and one per structure. */
    public static final int MAX_COLUMNS = 500;

    /** Characters of one cell; a longer cell is left out with a finding. */
    public static final int MAX_CELL_CHARS = 5_000;

    /** Merged regions of one sheet. */
    public static final int MAX_MERGED_REGIONS = 10_000;

    private SheetLimits() {
    }
}
