package org.maillage.cli.internal.commands;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;

import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;
import org.maillage.cli.internal.CliMessages;
import org.maillage.dsl.load.CoopModel;
import org.maillage.dsl.load.CoopModelLoader;
import org.maillage.dsl.load.FileDiagnostic;
import org.maillage.generator.WriteException;
import org.maillage.model.exchange.Exchange;

/**
 * {@code maillage export --format xmi|json -o FILE PATH...}: the model of the given files as one
 * exchange file ({@code -o -}: on the standard output, see {@link OutputFile}). Refuses (exit 1, nothing written) a model with syntax or unresolved-reference
 * errors; findings of the rule catalogue do not block.
 */
public final class ExportCommand implements ICliCommand {

    @Override
    public int run(CommandContext context, List<String> arguments) throws Exception {
        Arguments args;
        String format;
        OutputFile output;
        try {
            args = Arguments.parse(context, arguments, Set.of(), Set.of("--format", "-o", "--output"));
            format = args.choice("--format", null, "xmi", "json");
            String out = args.option("-o") != null ? args.option("-o") : args.option("--output");
            if (out == null) {
                throw new Arguments.UsageException(CliMessages.get(args.locale(), "error.noOutput"));
            }
            if (args.operands().isEmpty()) {
                throw new Arguments.UsageException(CliMessages.get(args.locale(), "error.noPath"));
            }
            output = OutputFile.of(context, out);
        } catch (Arguments.UsageException e) {
            return context.usageError(e.getMessage());
        }
        try {
            output.check();
        } catch (WriteException e) {
            return OutputFile.report(context, "export", args.locale(), e);
        }
        CoopModel model;
        try {
            model = CoopRuntime.injector(args.locale()).getInstance(CoopModelLoader.class)
                    .load(ValidateCommand.paths(context, args));
        } catch (CoopModelLoader.PathProblem e) {
            context.err().println("maillage export: " + e.getMessage());
            return CliExit.USAGE_OR_IO;
        }
        List<FileDiagnostic> blocking = model.validate().stream().filter(CoopModel::isLanguageError).toList();
        if (!blocking.isEmpty()) {
            new DiagnosticsPrinter(context.workingDirectory()).text(blocking, context.err());
            context.err().println("maillage export: " + CliMessages.get(args.locale(), "export.refused"));
            return CliExit.FINDINGS;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Exchange.forFormat(format).write(model.files(), bytes);
        try {
            output.write(context, bytes.toByteArray());
        } catch (WriteException e) {
            return OutputFile.report(context, "export", args.locale(), e);
        }
        if (!output.isStandardOutput()) {
            context.out().println(CliMessages.get(args.locale(), "export.done",
                    DisplayPaths.of(output.path(), context.workingDirectory()), model.files().size()));
        }
        return CliExit.OK;
    }
}
