package org.maillage.cli;

import java.util.List;

/**
 * A command of the headless command line, contributed through the extension point
 * {@code org.maillage.cli.commands}. An instance is created for one run only.
 */
public interface ICliCommand {

    /**
     * Runs the command.
     *
     * @param context   the streams, language and working directory of this run
     * @param arguments what followed the command's name on the command line
     * @return the process exit code, one of {@link CliExit}
     * @throws Exception on a failure the command did not expect; the command line reports it
     *                   in one line and exits with {@link CliExit#USAGE_OR_IO}
     */
    int run(CommandContext context, List<String> arguments) throws Exception;
}
