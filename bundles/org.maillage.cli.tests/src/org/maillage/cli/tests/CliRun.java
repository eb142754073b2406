package org.maillage.cli.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.maillage.cli.internal.CommandExtensionReader;
import org.maillage.cli.internal.CommandLine;
import org.maillage.cli.internal.CommandRegistry;

/** Runs the real command line (commands from the extension registry) in a working directory. */
record CliRun(int exit, String out, String err) {

    static final CommandRegistry REGISTRY = new CommandExtensionReader().read(Platform.getExtensionRegistry());

    static CliRun in(Path workingDirectory, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(REGISTRY, new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Locale.FRENCH, workingDirectory).run(arguments);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The repository's examples folder. */
    static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/monts-ardeche"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples");
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
