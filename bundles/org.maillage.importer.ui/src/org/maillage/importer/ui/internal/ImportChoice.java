package org.maillage.importer.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.maillage.importer.ColumnMap;
import org.maillage.importer.SheetFormat;

/**
 * What the first page chose: the spreadsheet, its sheet (null: the first), the column map (null:
 * the header is found), and the target: a new file {@code name} in {@code folder}, or the roles of
 * the model of {@code folder}'s project ({@code into}, the command line's {@code --into}).
 */
record ImportChoice(Path file, SheetFormat format, String sheet, ColumnMap map, boolean into, IContainer folder,
        String name) {
}
