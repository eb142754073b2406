package org.maillage.vcs.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;
import org.maillage.cli.internal.commands.Arguments;
import org.maillage.cli.internal.commands.OutputFile;
import org.maillage.generator.WriteException;
import org.maillage.vcs.Change;
import org.maillage.vcs.RepositoryVersions;
import org.maillage.vcs.SemanticDiff;
import org.maillage.vcs.Version;
import org.maillage.vcs.VersionException;
import org.maillage.vcs.VersionLoader;
import org.maillage.vcs.internal.VcsMessages;
import org.maillage.vcs.internal.report.HtmlReport;
import org.maillage.vcs.internal.report.JsonReport;
import org.maillage.vcs.internal.report.TextReport;

/**
 * {@code maillage diff [--format text|json|html] [-o FILE] (OLD NEW | --rev REV) [PATH...]}: what
 * changed between two versions of a model, by element. OLD and NEW are each an existing folder or
 * file, else a revision of the Git repository the PATHs (or the working directory) are in, read
 * with JGit and limited to the PATHs; {@code --rev REV} compares that revision of the PATHs with
 * the PATHs as they are on disk. Exit code 0 when nothing changed, 1 when something did, 2 for a
 * wrong command line, an unknown revision or an unreadable file, like {@code diff}.
 */
public final class DiffCommand implements ICliCommand {

    @Override
    public int run(CommandContext context, List<String> arguments) throws Exception {
        Arguments args;
        String format;
        try {
            args = Arguments.parse(context, arguments, Set.of(), Set.of("--format", "-o", "--rev"));
            format = args.choice("--format", "text", "text", "json", "html");
            int versions = args.option("--rev") == null ? 2 : 0;
            if (args.operands().size() < versions) {
                throw new Arguments.UsageException(VcsMessages.get(args.locale(), "diff.twoVersions"));
            }
        } catch (Arguments.UsageException e) {
            return context.usageError(e.getMessage());
        }
        Locale locale = args.locale();
        OutputFile output = args.option("-o") == null ? null : OutputFile.of(context, args.option("-o"));
        Version before;
        Version after;
        try (VersionSources sources = new VersionSources(context, locale)) {
            if (output != null) {
                output.check();
            }
            if (args.option("--rev") != null) {
                List<String> paths = args.operands();
                before = sources.revision(args.option("--rev"), paths);
                after = sources.disk(paths.isEmpty() ? List.of(sources.workTree(paths).toString()) : paths);
            } else {
                List<String> paths = args.operands().subList(2, args.operands().size());
                before = sources.version(args.operands().get(0), paths);
                after = sources.version(args.operands().get(1), paths);
            }
        } catch (VersionException e) {
            context.err().println("maillage diff: " + e.getMessage());
            return CliExit.USAGE_OR_IO;
        } catch (WriteException e) {
            return OutputFile.report(context, "diff", locale, e);
        } catch (Arguments.UsageException e) {
            return context.usageError(e.getMessage());
        }
        warnSyntaxErrors(context, before, locale);
        warnSyntaxErrors(context, after, locale);
        List<Change> changes = SemanticDiff.compare(before, after, locale);
        String report = switch (format) {
        case "json" -> JsonReport.write(before.label(), after.label(), changes);
        case "html" -> HtmlReport.write(before, after, changes, locale);
        default -> TextReport.write(changes, locale);
        };
        try {
            if (output == null) {
                context.out().print(report);
                context.out().flush();
            } else {
                output.write(context, report.getBytes(StandardCharsets.UTF_8));
            }
        } catch (WriteException e) {
            return OutputFile.report(context, "diff", locale, e);
        } catch (IOException e) {
            context.err().println("maillage diff: " + e.getMessage());
            return CliExit.USAGE_OR_IO;
        }
        return changes.isEmpty() ? CliExit.OK : CliExit.FINDINGS;
    }

    private static void warnSyntaxErrors(CommandContext context, Version version, Locale locale) {
        for (String file : version.filesWithSyntaxErrors()) {
            context.err().println("maillage diff: " + VcsMessages.get(locale, "diff.syntaxErrors", version.label(), file));
        }
    }

    /** Where versions come from: the disk, or the Git repository the paths are in. */
    static final class VersionSources implements AutoCloseable {

        private final CommandContext context;
        private final Locale locale;
        private final VersionLoader loader;
        private RepositoryVersions repository;

        VersionSources(CommandContext context, Locale locale) {
            this.context = context;
            this.locale = locale;
            this.loader = new VersionLoader(locale);
        }

        /** An existing folder or file is read from disk; anything else is a revision. */
        Version version(String operand, List<String> paths) throws VersionException, Arguments.UsageException {
            Path path = context.resolve(operand);
            if (Files.exists(path)) {
                if (!paths.isEmpty()) {
                    throw new Arguments.UsageException(VcsMessages.get(locale, "diff.pathsWithFolders"));
                }
                return loader.folder(operand, context.workingDirectory(), List.of(path));
            }
            return revision(operand, paths);
        }

        Version disk(List<String> paths) throws VersionException {
            List<Path> resolved = paths.stream().map(context::resolve).toList();
            return loader.folder(String.join(" ", paths), context.workingDirectory(), resolved);
        }

        Version revision(String revision, List<String> paths) throws VersionException {
            return repository(paths).revision(revision, paths.stream().map(context::resolve).toList(), paths);
        }

        Path workTree(List<String> paths) throws VersionException {
            return repository(paths).workTree();
        }

        @Override
        public void close() {
            if (repository != null) {
                repository.close();
            }
        }

        private RepositoryVersions repository(List<String> paths) throws VersionException {
            if (repository == null) {
                Path start = paths.isEmpty() ? context.workingDirectory() : context.resolve(paths.get(0));
                repository = RepositoryVersions.find(start, locale);
            }
            return repository;
        }
    }
}
