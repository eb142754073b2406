package org.maillage.cli.internal.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;
import org.maillage.cli.internal.CliMessages;
import org.maillage.dsl.load.CoopModel;
import org.maillage.dsl.load.CoopModelLoader;
import org.maillage.dsl.load.FileDiagnostic;
import org.maillage.generator.GeneratorDescriptor;
import org.maillage.generator.GeneratorOptions;
import org.maillage.generator.internal.GenerationRunner;
import org.maillage.generator.internal.GeneratorExtensionReader;

/**
 * {@code maillage generate GENERATOR [--format F,...] [--lang fr|en] [--template FILE] [--force] -o DIR PATH...}:
 * runs a generator on the model of the given files. A model with errors is refused (exit 1,
 * nothing written) unless --force. DIR is created; the generator's earlier outputs of the same
 * names are replaced (running the command is the request).
 */
public final class GenerateCommand implements ICliCommand {

    private final String name;
    private final String fixedGenerator;

    public GenerateCommand() {
        this("generate", null);
    }

    /**
     * A command that runs one generator, named {@code name} in its messages: its arguments are
     * those of {@code generate} without the generator's id ({@code publish} runs {@code site}).
     */
    GenerateCommand(String name, String fixedGenerator) {
        this.name = name;
        this.fixedGenerator = fixedGenerator;
    }

    @Override
    public int run(CommandContext context, List<String> given) throws Exception {
        List<String> arguments = new ArrayList<>(given);
        if (fixedGenerator != null) {
            arguments.add(0, fixedGenerator);
        }
        Arguments args;
        GeneratorDescriptor generator;
        List<String> formats;
        Path output;
        Optional<Path> template = Optional.empty();
        try {
            args = Arguments.parse(context, arguments, Set.of("--force"),
                    Set.of("--format", "--template", "-o", "--output"));
            if (args.operands().isEmpty()) {
                throw new Arguments.UsageException(CliMessages.get(args.locale(), "generate.noGenerator"));
            }
            String id = args.operands().get(0);
            generator = new GeneratorExtensionReader().read(Platform.getExtensionRegistry()).find(id)
                    .orElseThrow(() -> new Arguments.UsageException(CliMessages.get(args.locale(), "generate.unknown", id)));
            formats = args.option("--format") == null ? generator.defaultFormats()
                    : Arrays.stream(args.option("--format").split(",")).map(String::trim).toList();
            for (String format : formats) {
                if (!generator.formats().contains(format)) {
                    throw new Arguments.UsageException(CliMessages.get(args.locale(), "generate.format", format,
                            generator.id(), String.join(",", generator.formats())));
                }
            }
            String out = args.option("-o") != null ? args.option("-o") : args.option("--output");
            if (out == null) {
                throw new Arguments.UsageException(CliMessages.get(args.locale(), "error.noOutput"));
            }
            if (args.operands().size() < 2) {
                throw new Arguments.UsageException(CliMessages.get(args.locale(), "error.noPath"));
            }
            output = context.resolve(out);
            if (args.option("--template") != null && !generator.acceptsTemplate()) {
                throw new Arguments.UsageException(
                        CliMessages.get(args.locale(), "generate.noTemplate", generator.id()));
            }
            if (args.option("--template") != null) {
                template = Optional.of(context.resolve(args.option("--template")));
                if (!Files.isRegularFile(template.get())) {
                    throw new Arguments.UsageException(
                            CliMessages.get(args.locale(), "error.missingFile", template.get()));
                }
            }
        } catch (Arguments.UsageException e) {
            return context.usageError(e.getMessage());
        }
        CoopModel model;
        try {
            model = CoopRuntime.injector(args.locale()).getInstance(CoopModelLoader.class)
                    .load(args.operands().subList(1, args.operands().size()).stream().map(context::resolve).toList());
        } catch (CoopModelLoader.PathProblem e) {
            context.err().println("maillage " + name + ": " + e.getMessage());
            return CliExit.USAGE_OR_IO;
        }
        List<FileDiagnostic> errors = model.validate().stream().filter(FileDiagnostic::isError).toList();
        if (!errors.isEmpty() && !args.flag("--force")) {
            new DiagnosticsPrinter(context.workingDirectory()).text(errors, context.err());
            context.err().println("maillage " + name + ": " + CliMessages.get(args.locale(), "generate.refused"));
            return CliExit.FINDINGS;
        }
        GeneratorOptions options = new GeneratorOptions(formats, args.locale(), template);
        if (template.isPresent()) {
            warnOfOtherFormats(context, args, options);
        }
        GenerationRunner.Result result = new GenerationRunner().run(generator, model.files(), options, output, true,
                new NullProgressMonitor());
        if (result.refused()) {
            context.err().println("maillage " + name + ": " + result.failure());
            return CliExit.FINDINGS;
        }
        if (!result.succeeded()) {
            context.err().println("maillage " + name + ": " + CliMessages.get(args.locale(), "generate.failed",
                    generator.id(), String.valueOf(result.failure())));
            return CliExit.USAGE_OR_IO;
        }
        for (Path file : result.written()) {
            context.out().println(DisplayPaths.of(file, context.workingDirectory()));
        }
        for (String notice : result.notices()) {
            context.err().println("maillage " + name + ": " + notice);
        }
        return CliExit.OK;
    }

    /** A template fills the documents of its own format only: say so when other formats are asked for. */
    private void warnOfOtherFormats(CommandContext context, Arguments args, GeneratorOptions options) {
        String template = options.template().orElseThrow().getFileName().toString();
        String own = options.templateFormat().orElseThrow();
        if (!options.wants(own)) {
            context.err().println("maillage " + name + ": " + CliMessages.get(args.locale(), "generate.templateUnused",
                    template, own, String.join(", ", options.formats())));
        } else if (!options.formatsWithoutTemplate().isEmpty()) {
            context.err().println("maillage " + name + ": " + CliMessages.get(args.locale(), "generate.templateOneFormat",
                    template, own, String.join(", ", options.formatsWithoutTemplate())));
        }
    }
}
