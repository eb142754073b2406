package org.maillage.generator.raci.internal;

import java.util.stream.Collectors;

import org.maillage.model.coop.NamedElement;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;

/**
 * The machine-readable matrix of DESIGN.md: UTF-8 with a byte order mark, ';'-separated, header
 * {@code action;function;<actor id>...}, ids in the first two columns, cells like {@code A/R}.
 * Ids are ASCII identifiers, so no field ever needs quoting nor starts a formula.
 */
final class CsvWriter {

    static final String BOM = "\uFEFF";

    private CsvWriter() {
    }

    static String write(RaciMatrix matrix) {
        StringBuilder csv = new StringBuilder(BOM);
        csv.append("action;function");
        matrix.actors().forEach(actor -> csv.append(';').append(id(actor)));
        csv.append("\r\n");
        for (RaciMatrix.Row row : matrix.rows()) {
            csv.append(id(row.action())).append(';').append(id(row.function()));
            csv.append(matrix.actors().stream().map(actor -> ";" + Raci.cell(row.roles(actor)))
                    .collect(Collectors.joining()));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    private static String id(NamedElement element) {
        return element == null || element.getName() == null ? "" : element.getName();
    }
}
