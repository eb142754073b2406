package org.maillage.cli.internal.commands;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;
import org.maillage.cli.internal.CliMessages;
import org.maillage.dsl.load.CoopModelLoader;
import org.maillage.generator.WriteException;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.exchange.Exchange;
import org.maillage.model.exchange.ExchangeException;

import com.google.inject.Injector;

/**
 * {@code maillage import FILE.xmi|FILE.json -o FILE.coop [--force]}: an exchange file back to
 * .coop text, in the language's style. An existing output file is only replaced with --force;
 * {@code -o -} writes the text on the standard output (see {@link OutputFile}).
 */
public final class ImportCommand implements ICliCommand {

    @Override
    public int run(CommandContext context, List<String> arguments) throws Exception {
        Arguments args;
        Path input;
        OutputFile output;
        String format;
        try {
            args = Arguments.parse(context, arguments, Set.of("--force"), Set.of("-o", "--output"));
            String out = args.option("-o") != null ? args.option("-o") : args.option("--output");
            if (args.operands().size() != 1) {
                throw new Arguments.UsageException(CliMessages.get(args.locale(), "error.oneInput"));
            }
            if (out == null) {
                throw new Arguments.UsageException(CliMessages.get(args.locale(), "error.noOutput"));
            }
            input = context.resolve(args.operands().get(0));
            output = OutputFile.of(context, out);
            String name = input.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            format = name.endsWith(".xmi") ? "xmi" : name.endsWith(".json") ? "json" : null;
            if (format == null) {
                throw new Arguments.UsageException(CliMessages.get(args.locale(), "import.format", input));
            }
        } catch (Arguments.UsageException e) {
            return context.usageError(e.getMessage());
        }
        try {
            CoopModelLoader.requireRegularFile(input, args.locale());
        } catch (CoopModelLoader.PathProblem e) {
            context.err().println("maillage import: " + e.getMessage());
            return CliExit.USAGE_OR_IO;
        }
        String shownInput = DisplayPaths.of(input, context.workingDirectory());
        if (Files.size(input) > Exchange.MAX_BYTES) {
            context.err().println("maillage import: " + shownInput + ": "
                    + CliMessages.get(args.locale(), "import.tooLarge", Exchange.MAX_BYTES / (1024 * 1024)));
            return CliExit.FINDINGS;
        }
        try {
            output.check();
        } catch (WriteException e) {
            return OutputFile.report(context, "import", args.locale(), e);
        }
        if (!output.isStandardOutput() && Files.exists(output.path()) && !args.flag("--force")) {
            context.err().println("maillage import: " + CliMessages.get(args.locale(), "import.exists",
                    DisplayPaths.of(output.path(), context.workingDirectory())));
            return CliExit.USAGE_OR_IO;
        }
        List<CoopFile> files;
        try (InputStream in = Files.newInputStream(input)) {
            files = Exchange.forFormat(format).read(in);
        } catch (ExchangeException e) {
            context.err().println("maillage import: " + shownInput + ": " + e.getMessage());
            return CliExit.FINDINGS;
        }
        Injector injector = CoopRuntime.injector(args.locale());
        String text;
        try {
            text = ImportedText.of(injector, Exchange.merge(files),
                    output.isStandardOutput() ? context.resolve("imported.coop") : output.path(), args.locale());
        } catch (ImportedText.NotWritable e) {
            context.err().println("maillage import: " + shownInput + ": " + e.getMessage());
            return CliExit.FINDINGS;
        }
        try {
            output.write(context, text.getBytes(StandardCharsets.UTF_8));
        } catch (WriteException e) {
            return OutputFile.report(context, "import", args.locale(), e);
        }
        if (!output.isStandardOutput()) {
            context.out().println(CliMessages.get(args.locale(), "import.done",
                    DisplayPaths.of(output.path(), context.workingDirectory())));
        }
        return CliExit.OK;
    }
}
