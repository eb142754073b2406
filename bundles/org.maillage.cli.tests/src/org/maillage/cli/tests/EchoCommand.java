package org.maillage.cli.tests;

import java.util.List;

import org.maillage.cli.CliExit;
import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;

/**
 * A contributed command: prints its arguments, fails on "boom", runs out of memory on "oom" (as a
 * 3 GB file read whole did), rejects "--bad".
 */
public class EchoCommand implements ICliCommand {

    static final String LOADED = "org.maillage.cli.tests.EchoCommand.loaded";

    static {
        System.setProperty(LOADED, "true");
    }

    @Override
    public int run(CommandContext context, List<String> arguments) {
        if (arguments.contains("boom")) {
            throw new IllegalStateException("boom asked");
        }
        if (arguments.contains("oom")) {
            throw new OutOfMemoryError("Java heap space");
        }
        if (arguments.contains("assert")) {
            throw new AssertionError();
        }
        if (arguments.contains("--bad")) {
            return context.usageError("--bad is bad");
        }
        context.out().println(String.join(" ", arguments));
        return CliExit.OK;
    }
}
