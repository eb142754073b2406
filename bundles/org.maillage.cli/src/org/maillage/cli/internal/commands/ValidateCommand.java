package org.maillage.cli.internal.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;
import org.maillage.cli.internal.CliMessages;
import org.maillage.dsl.load.CoopModel;
import org.maillage.dsl.load.CoopModelLoader;
import org.maillage.dsl.load.FileDiagnostic;

/** {@code maillage validate [--format text|json] [--lang fr|en] PATH...} */
public final class ValidateCommand implements ICliCommand {

    @Override
    public int run(CommandContext context, List<String> arguments) throws Exception {
        Arguments args;
        String format;
        try {
            args = Arguments.parse(context, arguments, Set.of(), Set.of("--format"));
            format = args.choice("--format", "text", "text", "json");
            if (args.operands().isEmpty()) {
                throw new Arguments.UsageException(CliMessages.get(args.locale(), "error.noPath"));
            }
        } catch (Arguments.UsageException e) {
            return context.usageError(e.getMessage());
        }
        CoopModel model;
        try {
            model = CoopRuntime.injector(args.locale()).getInstance(CoopModelLoader.class)
                    .load(args.operands().stream().map(context::resolve).toList());
        } catch (CoopModelLoader.PathProblem e) {
            context.err().println("maillage validate: " + e.getMessage());
            return CliExit.USAGE_OR_IO;
        }
        List<FileDiagnostic> diagnostics = model.validate();
        DiagnosticsPrinter printer = new DiagnosticsPrinter(context.workingDirectory());
        if (format.equals("json")) {
            printer.json(diagnostics, model.parsed().size() + (int) diagnostics.stream()
                    .filter(d -> d.isError() && d.code().startsWith("FILE-")).map(FileDiagnostic::path).distinct()
                    .count(),
                    context.out());
        } else {
            printer.text(diagnostics, context.out());
        }
        return diagnostics.stream().anyMatch(FileDiagnostic::isError) ? CliExit.FINDINGS : CliExit.OK;
    }

    static List<Path> paths(CommandContext context, Arguments args) {
        return args.operands().stream().map(context::resolve).toList();
    }
}
