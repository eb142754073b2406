package org.maillage.vcs.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;
import org.maillage.cli.internal.commands.Arguments;
import org.maillage.cli.internal.commands.OutputFile;
import org.maillage.generator.AtomicFiles;
import org.maillage.generator.WriteException;
import org.maillage.vcs.RepositoryVersions;
import org.maillage.vcs.VersionException;
import org.maillage.vcs.internal.VcsMessages;

/**
 * {@code maillage git-setup [--command CMD] [FOLDER]}: registers the merge driver in the Git
 * repository FOLDER (or the working directory) is in, with JGit: the line
 * {@code *.coop merge=maillage} in the work tree's {@code .gitattributes} (added once, the rest of
 * the file kept) and, in the repository's own configuration, {@code merge.maillage.name} and
 * {@code merge.maillage.driver = CMD merge --name %P %O %A %B -o %A}. CMD is the launcher that runs
 * this command when it says so ({@code maillage.launcher}), else {@code maillage} (on the PATH).
 */
public final class GitSetupCommand implements ICliCommand {

    /** The line of {@code .gitattributes} that sends {@code .coop} files to the driver. */
    public static final String ATTRIBUTES_LINE = "*.coop merge=maillage";

    @Override
    public int run(CommandContext context, List<String> arguments) throws Exception {
        Arguments args;
        try {
            args = Arguments.parse(context, arguments, Set.of(), Set.of("--command"));
            if (args.operands().size() > 1) {
                throw new Arguments.UsageException(VcsMessages.get(args.locale(), "gitSetup.oneFolder"));
            }
        } catch (Arguments.UsageException e) {
            return context.usageError(e.getMessage());
        }
        Locale locale = args.locale();
        Path start = args.operands().isEmpty() ? context.workingDirectory() : context.resolve(args.operands().get(0));
        String command = args.option("--command") != null ? args.option("--command")
                : System.getProperty("maillage.launcher", "maillage");
        String driver = quoted(command) + " merge --name %P %O %A %B -o %A";
        try (RepositoryVersions versions = RepositoryVersions.find(start, locale)) {
            Repository repository = versions.repository();
            Path attributes = repository.getWorkTree().toPath().resolve(".gitattributes");
            String existing = Files.isRegularFile(attributes) ? Files.readString(attributes, StandardCharsets.UTF_8) : "";
            if (existing.lines().anyMatch(line -> line.strip().equals(ATTRIBUTES_LINE))) {
                context.out().println(VcsMessages.get(locale, "gitSetup.attributesPresent", attributes, ATTRIBUTES_LINE));
            } else {
                String text = existing.isEmpty() || existing.endsWith("\n") ? existing : existing + "\n";
                AtomicFiles.write(attributes, (text + ATTRIBUTES_LINE + "\n").getBytes(StandardCharsets.UTF_8));
                context.out().println(VcsMessages.get(locale, "gitSetup.attributes", attributes, ATTRIBUTES_LINE));
            }
            StoredConfig config = repository.getConfig();
            config.setString("merge", "maillage", "name", VcsMessages.get(locale, "gitSetup.driverName"));
            config.setString("merge", "maillage", "driver", driver);
            config.save();
            context.out().println(VcsMessages.get(locale, "gitSetup.config", repository.getDirectory().toPath().resolve("config"), driver));
        } catch (VersionException e) {
            context.err().println("maillage git-setup: " + e.getMessage());
            return CliExit.USAGE_OR_IO;
        } catch (WriteException e) {
            return OutputFile.report(context, "git-setup", locale, e);
        } catch (IOException e) {
            context.err().println("maillage git-setup: " + e.getMessage());
            return CliExit.USAGE_OR_IO;
        }
        return CliExit.OK;
    }

    /** The command as a shell word (Git runs the driver through the shell). */
    static String quoted(String command) {
        return command.matches("[A-Za-z0-9_./+-]+") ? command : "'" + command.replace("'", "'\\''") + "'";
    }
}
