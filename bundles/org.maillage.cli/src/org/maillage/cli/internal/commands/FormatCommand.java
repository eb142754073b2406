package org.maillage.cli.internal.commands;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.maillage.dsl.load.FileChecks;
import org.maillage.dsl.load.FileDiagnostic;
import org.maillage.dsl.load.TextStyle;
import org.maillage.generator.AtomicFiles;
import org.maillage.generator.WriteException;

import com.google.inject.Injector;

/**
 * {@code maillage format [--check] PATH...}: rewrites files in the language's style, in place and
 * atomically. A file that does not parse is never rewritten; with --check nothing is written and
 * the exit code says whether a file would change. A linked file is rewritten where it lives, with
 * its permissions; a read-only file, one with other hard links, and one another program wrote
 * while it was formatted are left as they are, each with one line on stderr (exit code 2), and
 * the other files are still formatted ({@link AtomicFiles#rewrite}).
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
        boolean notWritten = false;
        TextFormatting formatting = injector.getInstance(TextFormatting.class);
        for (Map.Entry<Path, XtextResource> file : model.parsed().entrySet()) {
            if (refused.stream().anyMatch(d -> d.path().equals(file.getKey()))) {
                continue;
            }
            XtextResource resource = file.getValue();
            String before = resource.getParseResult().getRootNode().getText();
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
                try {
                    AtomicFiles.rewrite(file.getKey(), after.getBytes(StandardCharsets.UTF_8),
                            now -> stillReads(file.getKey(), now, before, args.locale()));
                    context.out().println(CliMessages.get(args.locale(), "format.changed", shown));
                } catch (WriteException e) {
                    OutputFile.report(context, "format", args.locale(), e);
                    notWritten = true;
                }
            }
        }
        if (notWritten) {
            return CliExit.USAGE_OR_IO;
        }
        if (!refused.isEmpty()) {
            return CliExit.FINDINGS;
        }
        return changes && args.flag("--check") ? CliExit.FINDINGS : CliExit.OK;
    }

    /** Whether the file's bytes now are still the text that was formatted: nobody wrote it meanwhile. */
    private static boolean stillReads(Path file, byte[] now, String formatted, Locale locale) {
        try {
            return FileChecks.decode(file, now, locale).equals(formatted);
        } catch (FileChecks.Refused changedIntoSomethingElse) {
            return false;
        }
    }

    static XtextResource reparse(Injector injector, String text) throws IOException {
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) set.createResource(URI.createURI("memory:/check.coop"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        return resource;
    }
}
