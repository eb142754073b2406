package org.maillage.importer.internal;

import org.maillage.importer.SheetOptions;
import org.maillage.importer.SheetRefusedException;

/** The grid of a sheet in any of the formats. */
public final class Grids {

    private Grids() {
    }

    /** A grid, and whether a CSV file was read as Windows-1252. */
    public record Read(Grid grid, boolean windows1252) {
    }

    public static Read read(byte[] bytes, String name, SheetOptions options) throws SheetRefusedException {
        return switch (options.format()) {
        case XLSX -> new Read(XlsxGrids.read(bytes, options.sheet(), options.locale()), false);
        case ODS -> new Read(OdsGrids.read(bytes, options.sheet(), options.locale()), false);
        case CSV -> CsvGrids.read(bytes, Titles.clean(name), options.locale());
        };
    }
}
