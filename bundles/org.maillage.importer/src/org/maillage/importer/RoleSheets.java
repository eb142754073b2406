package org.maillage.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maillage.importer.ImportFinding.Severity;
import org.maillage.importer.internal.ArchiveBounds;
import org.maillage.importer.internal.Grids;
import org.maillage.importer.internal.ImportMessages;
import org.maillage.importer.internal.TableReader;

/**
 * Reads the "who does what" table of a spreadsheet: the RACI generator's layout (XLSX, ODS: titles;
 * CSV: identifiers), a hand-made one (a row per action and function, a column per structure), or
 * another described by a {@link ColumnMap}. Formulas are read as their saved values, never
 * evaluated; the file is bounded by {@link SheetLimits}.
 */
public final class RoleSheets {

    private RoleSheets() {
    }

    public static RoleSheet read(Path file, SheetOptions options) throws IOException, SheetRefusedException {
        return read(ArchiveBounds.read(file, options.locale()), baseName(file), options);
    }

    /** Reads a spreadsheet from its bytes; {@code name} names a CSV file's only sheet. */
    public static RoleSheet read(byte[] bytes, String name, SheetOptions options) throws SheetRefusedException {
        List<ImportFinding> findings = new ArrayList<>();
        Grids.Read read = Grids.read(bytes, name, options);
        if (read.windows1252()) {
            findings.add(new ImportFinding(Severity.INFO, "IMPORT-ENCODING", read.grid().name(), null,
                    ImportMessages.get(options.locale(), "finding.windows1252"), null));
        }
        return TableReader.read(read.grid(), options.map(), options.locale(), findings);
    }

    /**
     * The names of a workbook's sheets, in order, as {@link SheetOptions#sheet()} takes them; a
     * CSV file has one, its name. The file is bounded and checked as for reading.
     */
    public static List<String> sheetNames(Path file, SheetFormat format, Locale locale)
            throws IOException, SheetRefusedException {
        return Grids.sheetNames(ArchiveBounds.read(file, locale), baseName(file), format, locale);
    }

    /** A file's name without its extension: {@code monts-raci.xlsx} → {@code monts-raci}. */
    public static String baseName(Path file) {
        String name = file.getFileName() == null ? "sheet" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
