package org.maillage.vcs.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.maillage.cli.CommandContext;
import org.maillage.cli.ICliCommand;

/** Runs one of the version commands in a working directory, as the command line would. */
record Run(int exit, String out, String err) {

    static Run of(ICliCommand command, String name, Path workingDirectory, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandContext context = new CommandContext(name, "", new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Locale.FRENCH, workingDirectory);
        try {
            int exit = command.run(context, List.of(arguments));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The repository's examples/monts-ardeche folder. */
    static Path example() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/monts-ardeche"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples/monts-ardeche");
    }

    /** Copies the example into {@code target}. */
    static void copyExample(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(example())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".coop")).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    /** Replaces one exact occurrence of {@code from} in a file (the test fails if it is not there once). */
    static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalArgumentException("not exactly once in " + file + ": " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
