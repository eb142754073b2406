package org.maillage.importer.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.internal.commands.DiagnosticsPrinter;
import org.maillage.cli.internal.commands.DisplayPaths;
import org.maillage.cli.internal.commands.OutputFile;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.ide.CoopIdeSetup;
import org.maillage.dsl.load.CoopModel;
import org.maillage.dsl.load.CoopModelLoader;
import org.maillage.dsl.load.FileDiagnostic;
import org.maillage.dsl.load.TextStyle;
import org.maillage.generator.AtomicFiles;
import org.maillage.generator.WriteException;
import org.maillage.importer.ChangeList;
import org.maillage.importer.ImportFinding;
import org.maillage.importer.ModelUpdate;
import org.maillage.importer.NewModel;
import org.maillage.importer.RoleSheet;
import org.maillage.importer.RoleSheets;
import org.maillage.importer.SheetOptions;
import org.maillage.importer.SheetRefusedException;
import org.maillage.importer.internal.ImportMessages;

import com.google.inject.Injector;

/** One import of a spreadsheet: into a new file ({@link #create}) or into a model ({@link #into}). */
final class SheetImportRun {

    private final CommandContext context;
    private final Locale locale;
    private final Path input;
    private final SheetOptions options;
    private final boolean dryRun;

    SheetImportRun(CommandContext context, Locale locale, Path input, SheetOptions options, boolean dryRun) {
        this.context = context;
        this.locale = locale;
        this.input = input;
        this.options = options;
        this.dryRun = dryRun;
    }

    Locale locale() {
        return locale;
    }

    /** A new .coop file ({@code -o}; refused over an existing file without {@code --force}); or its text with --dry-run. */
    int create(String out, boolean force) throws IOException {
        OutputFile output = out == null ? null : OutputFile.of(context, out);
        if (output != null && !dryRun) {
            try {
                output.check();
            } catch (WriteException e) {
                return OutputFile.report(context, "import", locale, e);
            }
            if (!output.isStandardOutput() && Files.exists(output.path()) && !force) {
                context.err().println("maillage import: " + ImportMessages.get(locale, "cli.exists", shown(output.path())));
                return CliExit.USAGE_OR_IO;
            }
        }
        RoleSheet sheet = read();
        if (sheet == null) {
            return CliExit.FINDINGS;
        }
        NewModel.Result result = NewModel.of(sheet, RoleSheets.baseName(input), locale);
        print(result.findings());
        long actions = sheet.rows().stream().mapToInt(RoleSheet.Row::group).distinct().count();
        if (dryRun || output == null) {
            context.out().print(result.text());
            context.out().println("// " + ImportMessages.get(locale, "cli.wouldCreate", sheet.actors().size(),
                    actions, sheet.rows().size()));
        } else {
            try {
                output.write(context, result.text().getBytes(StandardCharsets.UTF_8));
            } catch (WriteException e) {
                return OutputFile.report(context, "import", locale, e);
            }
            if (!output.isStandardOutput()) {
                context.out().println(ImportMessages.get(locale, "cli.created", shown(output.path()),
                        sheet.actors().size(), actions, sheet.rows().size()));
            }
        }
        return result.findings().stream().anyMatch(ImportFinding::isError) ? CliExit.FINDINGS : CliExit.OK;
    }

    /** The sheet's roles into the model at {@code path}, in place; the change list on the standard output. */
    int into(Path path) throws IOException {
        Injector injector = CoopIdeSetup.shared();
        injector.getInstance(DiagnosticLanguage.class).set(locale);
        CoopModel model;
        try {
            model = injector.getInstance(CoopModelLoader.class).load(List.of(path));
        } catch (CoopModelLoader.PathProblem e) {
            context.err().println("maillage import: " + e.getMessage());
            return CliExit.USAGE_OR_IO;
        }
        List<FileDiagnostic> blocking = model.validate().stream().filter(CoopModel::isLanguageError).toList();
        if (!blocking.isEmpty()) {
            new DiagnosticsPrinter(context.workingDirectory()).text(blocking, context.err());
            context.err().println("maillage import: " + ImportMessages.get(locale, "cli.intoRefused", shown(path)));
            return CliExit.FINDINGS;
        }
        RoleSheet sheet = read();
        if (sheet == null) {
            return CliExit.FINDINGS;
        }
        Map<String, String> before = new LinkedHashMap<>();
        model.parsed().forEach((file, resource) -> before.put(shown(file),
                resource.getParseResult().getRootNode().getText()));
        ModelUpdate update = ModelUpdate.propose(sheet, model, locale);
        print(update.findings());
        Map<Path, String> changed = update.apply();
        Map<String, String> after = new LinkedHashMap<>(before);
        changed.forEach((file, text) -> after.put(shown(file), text));
        context.out().print(ChangeList.of(before, after, locale));
        int exit = update.findings().stream().anyMatch(ImportFinding::isError) ? CliExit.FINDINGS : CliExit.OK;
        if (changed.isEmpty()) {
            context.out().println(ImportMessages.get(locale, "cli.noChange", shown(path)));
            return exit;
        }
        for (Map.Entry<Path, String> file : changed.entrySet()) {
            if (dryRun) {
                context.out().println(ImportMessages.get(locale, "cli.wouldUpdate", shown(file.getKey())));
                continue;
            }
            TextStyle style = model.style(file.getKey());
            try {
                AtomicFiles.rewrite(file.getKey(), style.apply(file.getValue()).getBytes(StandardCharsets.UTF_8),
                        now -> new String(now, StandardCharsets.UTF_8).equals(style.original()));
            } catch (WriteException e) {
                OutputFile.report(context, "import", locale, e);
                return CliExit.USAGE_OR_IO;
            }
            context.out().println(ImportMessages.get(locale, "cli.updated", shown(file.getKey())));
        }
        return exit;
    }

    /** The sheet, or null when it is refused (reported). */
    private RoleSheet read() throws IOException {
        try {
            return RoleSheets.read(input, options);
        } catch (SheetRefusedException e) {
            context.err().println("maillage import: " + shown(input) + ": " + e.getMessage());
            return null;
        }
    }

    /** Findings as validate prints diagnostics: {@code FILE:SHEET!CELL: error: MESSAGE [CODE]} and a hint line. */
    private void print(List<ImportFinding> findings) {
        for (ImportFinding f : findings) {
            context.err().println(shown(input) + ":" + f.where() + ": " + f.severity().word() + ": " + f.message()
                    + " [" + f.code() + "]");
            if (f.hint() != null) {
                context.err().println("    hint: " + f.hint());
            }
        }
    }

    private String shown(Path path) {
        return DisplayPaths.of(path, context.workingDirectory());
    }
}
