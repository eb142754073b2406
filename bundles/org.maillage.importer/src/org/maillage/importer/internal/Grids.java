package org.maillage.importer.internal;

import java.util.List;
import java.util.Locale;

import org.maillage.importer.SheetFormat;
import org.maillage.importer.SheetOptions;
import org.maillage.importer.SheetRefusedException;

/** The grid of a sheet in any of the formats. */
public final class Grids {

    private Grids() {
    }

    /** A grid, and whether a CSV file was read as Windows-1252. */
    public record Read(Grid grid, boolean windows1252) {
    }

    /** The sheets of a workbook, in order; a CSV file's only sheet is named {@code name}. */
    public static List<String> sheetNames(byte[] bytes, String name, SheetFormat format, Locale locale)
            throws SheetRefusedException {
        return switch (format) {
        case XLSX -> XlsxGrids.sheetNames(bytes, locale);
        case ODS -> OdsGrids.sheetNames(bytes, locale);
        case CSV -> List.of(Titles.clean(name));
        };
    }

    public static Read read(byte[] bytes, String name, SheetOptions options) throws SheetRefusedException {
        return switch (options.format()) {
        case XLSX -> new Read(XlsxGrids.read(bytes, options.sheet(), options.locale()), false);
        case ODS -> new Read(OdsGrids.read(bytes, options.sheet(), options.locale()), false);
        case CSV -> CsvGrids.read(bytes, Titles.clean(name), options.locale());
        };
    }
}
