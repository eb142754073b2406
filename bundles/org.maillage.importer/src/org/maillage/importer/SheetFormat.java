package org.maillage.importer;

import java.nio.file.Path;
import java.util.Locale;

/** The spreadsheet formats a "who does what" table is read from. */
public enum SheetFormat {
    XLSX, ODS, CSV;

    /** The format named on the command line ({@code xlsx}, {@code ods}, {@code csv}), or null. */
    public static SheetFormat named(String name) {
        for (SheetFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        return null;
    }

    /** The format a file's extension names, or null. */
    public static SheetFormat of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : named(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
