package org.maillage.cli.internal.commands;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;
import org.maillage.cli.internal.CliMessages;
import org.maillage.dsl.formatting2.TextFormatting;
import org.maillage.dsl.load.CoopModel;
import org.maillage.dsl.load.CoopModelLoader;
import org.maillage.dsl.load.FileDiagnostic;
import org.maillage.dsl.load.TextStyle;
import org.maillage.generator.AtomicFiles;

import com.google.inject.Injector;

/**
 * {@code maillage format [--check] PATH...}: rewrites files in the language's style, in place and
 * atomically. A file that does not parse is never rewritten; with --check nothing is written and
 * the exit code says whether a file would change.
 */
public final class FormatCommand implements ICliCommand {

    @Override
    public int run(CommandContext context, List<String> arguments) throws Exception {
        Arguments args;
        try {
            args = Arguments.parse(context, arguments, Set.of("--check"), Set.of());
            if (args.operands().isEmpty()) {
                throw new Arguments.UsageException(CliMessages.get(args.locale(), "error.noPath"));
            }
        } catch (Arguments.UsageException e) {
            return context.usageError(e.getMessage());
        }
        Injector injector = CoopRuntime.injector(args.locale());
        CoopModel model;
        try {
            model = injector.getInstance(CoopModelLoader.class).load(ValidateCommand.paths(context, args));
        } catch (CoopModelLoader.PathProblem e) {
            context.err().println("maillage format: " + e.getMessage());
            return CliExit.USAGE_OR_IO;
        }
        DiagnosticsPrinter printer = new DiagnosticsPrinter(context.workingDirectory());
        List<FileDiagnostic> refused = new ArrayList<>(model.validate().stream()
                .filter(d -> d.isError() && (d.code().startsWith("FILE-") || d.code().startsWith("SYNTAX"))).toList());
        printer.text(refused, context.err());
        boolean changes = false;
        TextFormatting formatting = injector.getInstance(TextFormatting.class);
        for (Map.Entry<Path, XtextResource> file : model.parsed().entrySet()) {
            if (refused.stream().anyMatch(d -> d.path().equals(file.getKey()))) {
                continue;
            }
            XtextResource resource = file.getValue();
            String formatted = formatting.format(resource);
            if (!TextFormatting.sameTokens(resource, reparse(injector, formatted))) {
                context.err().println("maillage format: " + CliMessages.get(args.locale(), "format.unsafe",
                        DisplayPaths.of(file.getKey(), context.workingDirectory())));
                return CliExit.USAGE_OR_IO;
            }
            // The file's own line separator and byte order mark, kept (the formatter's text mixes line breaks).
            TextStyle style = model.style(file.getKey());
            String after = style.apply(formatted);
            if (style.original().equals(after)) {
                continue;
            }
            changes = true;
            String shown = DisplayPaths.of(file.getKey(), context.workingDirectory());
            if (args.flag("--check")) {
                context.out().println(CliMessages.get(args.locale(), "format.wouldChange", shown));
            } else {
                AtomicFiles.write(file.getKey(), after.getBytes(StandardCharsets.UTF_8));
                context.out().println(CliMessages.get(args.locale(), "format.changed", shown));
            }
        }
        if (!refused.isEmpty()) {
            return CliExit.FINDINGS;
        }
        return changes && args.flag("--check") ? CliExit.FINDINGS : CliExit.OK;
    }

    static XtextResource reparse(Injector injector, String text) throws IOException {
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/check.coop"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        return resource;
    }
}
