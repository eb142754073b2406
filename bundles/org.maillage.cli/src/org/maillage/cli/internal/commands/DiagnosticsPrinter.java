package org.maillage.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.maillage.dsl.load.FileDiagnostic;
import org.maillage.model.validation.Severity;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Prints diagnostics as DESIGN.md says: {@code PATH:LINE:COL: SEVERITY: MESSAGE [CODE]} and an
 * indented {@code hint:} line, or one JSON document (schema in the README).
 */
public final class DiagnosticsPrinter {

    private final Path workingDirectory;

    public DiagnosticsPrinter(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    public void text(List<FileDiagnostic> diagnostics, PrintStream out) {
        for (FileDiagnostic d : diagnostics) {
            out.println(DisplayPaths.of(d.path(), workingDirectory) + ":" + d.line() + ":" + d.column() + ": "
                    + d.severity().word() + ": " + oneLine(d.message()) + " [" + d.code() + "]");
            if (d.hint() != null && !d.hint().isBlank()) {
                out.println("    hint: " + oneLine(d.hint()));
            }
        }
    }

    void json(List<FileDiagnostic> diagnostics, int files, PrintStream out) {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        root.addProperty("files", files);
        JsonArray array = new JsonArray();
        for (FileDiagnostic d : diagnostics) {
            JsonObject item = new JsonObject();
            item.addProperty("path", DisplayPaths.of(d.path(), workingDirectory));
            item.addProperty("line", d.line());
            item.addProperty("column", d.column());
            item.addProperty("severity", d.severity().word());
            item.addProperty("code", d.code());
            item.addProperty("message", d.message());
            if (d.hint() != null) {
                item.addProperty("hint", d.hint());
            }
            array.add(item);
        }
        root.add("diagnostics", array);
        JsonObject summary = new JsonObject();
        for (Severity severity : Severity.values()) {
            summary.addProperty(severity.word() + "s",
                    diagnostics.stream().filter(d -> d.severity() == severity).count());
        }
        root.add("summary", summary);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
