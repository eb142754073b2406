package org.maillage.dsl.load;

import java.nio.file.Path;
import java.util.Comparator;

import org.maillage.model.validation.Severity;

/**
 * One diagnostic of a file, as the command line and the JSON report show it: 1-based line and
 * column, the severity, a localised message, its stable code and an optional hint.
 */
public record FileDiagnostic(Path path, int line, int column, Severity severity, String message, String code,
        String hint) {

    /** By path, then line, then column (DESIGN.md, validate). */
    public static final Comparator<FileDiagnostic> ORDER = Comparator.comparing((FileDiagnostic d) -> d.path().toString())
            .thenComparingInt(FileDiagnostic::line).thenComparingInt(FileDiagnostic::column)
            .thenComparing(FileDiagnostic::code);

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
