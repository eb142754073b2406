package org.maillage.importer.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;
import org.maillage.cli.internal.commands.Arguments;
import org.maillage.dsl.load.CoopModelLoader;
import org.maillage.importer.ColumnMap;
import org.maillage.importer.SheetFormat;
import org.maillage.importer.SheetOptions;
import org.maillage.importer.internal.ImportMessages;

/**
 * {@code maillage import [--format xlsx|ods|csv|xmi|json] FILE (-o FILE.coop [--force] | --into PATH)}:
 * an exchange file (XMI, JSON: the command line's reader) or a "who does what" spreadsheet, as a
 * new .coop file or as the roles of an existing model ({@code --into}, in place, atomically), with
 * {@code --sheet}, {@code --map} and {@code --dry-run} for spreadsheets.
 */
public final class ImportCommand implements ICliCommand {

    private static final Set<String> VALUED = Set.of("--format", "--sheet", "--map", "--into", "-o", "--output");

    @Override
    public int run(CommandContext context, List<String> arguments) throws Exception {
        Arguments args;
        SheetImportRun run;
        try {
            args = Arguments.parse(context, arguments, Set.of("--force", "--dry-run"), VALUED);
            Locale locale = args.locale();
            if (args.operands().size() != 1) {
                throw new Arguments.UsageException(ImportMessages.get(locale, "cli.oneInput"));
            }
            Path input = context.resolve(args.operands().get(0));
            String format = args.option("--format") != null ? args.option("--format").toLowerCase(Locale.ROOT)
                    : extension(input);
            if (format.equals("xmi") || format.equals("json")) {
                return new org.maillage.cli.internal.commands.ImportCommand().run(context, withoutFormat(arguments));
            }
            SheetFormat sheetFormat = SheetFormat.named(format);
            if (sheetFormat == null) {
                throw new Arguments.UsageException(ImportMessages.get(locale, "cli.format", input.getFileName(),
                        format));
            }
            String out = args.option("-o") != null ? args.option("-o") : args.option("--output");
            String into = args.option("--into");
            if (out != null && into != null) {
                throw new Arguments.UsageException(ImportMessages.get(locale, "cli.outputOrInto"));
            }
            if (out == null && into == null && !args.flag("--dry-run")) {
                throw new Arguments.UsageException(ImportMessages.get(locale, "cli.noOutput"));
            }
            ColumnMap map = args.option("--map") == null ? null : ColumnMap.parse(args.option("--map"), locale);
            run = new SheetImportRun(context, locale, input,
                    new SheetOptions(sheetFormat, args.option("--sheet"), map, locale), args.flag("--dry-run"));
            if (into != null) {
                return checked(context, run, input) ? run.into(context.resolve(into)) : CliExit.USAGE_OR_IO;
            }
            return checked(context, run, input) ? run.create(out, args.flag("--force")) : CliExit.USAGE_OR_IO;
        } catch (Arguments.UsageException e) {
            return context.usageError(e.getMessage());
        } catch (ColumnMap.BadMapException e) {
            return context.usageError(e.getMessage());
        }
    }

    /** The input must be a regular file (not a folder, a pipe or a device). */
    private static boolean checked(CommandContext context, SheetImportRun run, Path input) {
        try {
            CoopModelLoader.requireRegularFile(input, run.locale());
            return true;
        } catch (CoopModelLoader.PathProblem e) {
            context.err().println("maillage import: " + e.getMessage());
            return false;
        }
    }

    private static String extension(Path input) {
        String name = input.getFileName() == null ? "" : input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The arguments without {@code --format X}: the exchange reader knows the format by the extension. */
    private static List<String> withoutFormat(List<String> arguments) {
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--format")) {
                i++;
            } else if (!argument.startsWith("--format=")) {
                rest.add(argument);
            }
        }
        return rest;
    }
}
