package org.maillage.vcs.internal.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;
import org.maillage.cli.internal.commands.Arguments;
import org.maillage.cli.internal.commands.OutputFile;
import org.maillage.dsl.load.TextStyle;
import org.maillage.generator.AtomicFiles;
import org.maillage.generator.WriteException;
import org.maillage.vcs.Conflict;
import org.maillage.vcs.MergeResult;
import org.maillage.vcs.PlanFiles;
import org.maillage.vcs.SemanticMerge;
import org.maillage.vcs.VersionException;
import org.maillage.vcs.internal.VcsMessages;
import org.maillage.vcs.internal.report.ConflictReport;

/**
 * {@code maillage merge [--name PATH] BASE OURS THEIRS -o RESULT}: the three-way merge of one
 * {@code .coop} file, element by element, usable as Git's merge driver
 * ({@code maillage merge --name %P %O %A %B -o %A}). The merged file always parses: a conflict
 * keeps our value, is printed (one line each) and written as JSON into {@code PATH.conflicts}
 * (or {@code RESULT.conflicts}), and the exit code is 1 as Git expects; 0 for a clean merge, 2 when
 * a version cannot be read or does not parse (RESULT is then left as it is). With {@code --name},
 * the other {@code .coop} files of PATH's folder are read (never written) so that references to
 * their elements resolve.
 */
public final class MergeCommand implements ICliCommand {

    @Override
    public int run(CommandContext context, List<String> arguments) throws Exception {
        Arguments args;
        try {
            args = Arguments.parse(context, arguments, Set.of(), Set.of("-o", "--name"));
            if (args.operands().size() != 3) {
                throw new Arguments.UsageException(VcsMessages.get(args.locale(), "merge.threeVersions"));
            }
            if (args.option("-o") == null) {
                throw new Arguments.UsageException(VcsMessages.get(args.locale(), "merge.noOutput"));
            }
        } catch (Arguments.UsageException e) {
            return context.usageError(e.getMessage());
        }
        Locale locale = args.locale();
        String name = args.option("--name") != null ? args.option("--name") : args.option("-o");
        OutputFile output = OutputFile.of(context, args.option("-o"));
        MergeResult result;
        String oursRaw;
        try {
            output.check();
            String base = PlanFiles.read(context.resolve(args.operands().get(0)), locale);
            oursRaw = new String(PlanFiles.bytes(context.resolve(args.operands().get(1)), locale), StandardCharsets.UTF_8);
            String ours = PlanFiles.read(context.resolve(args.operands().get(1)), locale);
            String theirs = PlanFiles.read(context.resolve(args.operands().get(2)), locale);
            Map<String, String> others = args.option("--name") == null ? Map.of() : PlanFiles.siblings(context.resolve(name), locale);
            result = SemanticMerge.merge(base, ours, theirs, others, name, locale);
        } catch (VersionException e) {
            context.err().println("maillage merge: " + e.getMessage());
            return CliExit.USAGE_OR_IO;
        } catch (WriteException e) {
            return OutputFile.report(context, "merge", locale, e);
        }
        try {
            output.write(context, TextStyle.of(oursRaw).apply(result.text()).getBytes(StandardCharsets.UTF_8));
            if (!result.conflicts().isEmpty()) {
                AtomicFiles.write(context.resolve(name + ".conflicts"),
                        ConflictReport.json(name, result.conflicts()).getBytes(StandardCharsets.UTF_8));
            }
        } catch (WriteException e) {
            return OutputFile.report(context, "merge", locale, e);
        }
        for (Conflict conflict : result.conflicts()) {
            context.out().println(name + ": " + ConflictReport.line(conflict, locale));
        }
        return result.conflicts().isEmpty() ? CliExit.OK : CliExit.FINDINGS;
    }
}
