package org.maillage.cli.internal.commands;

import java.nio.file.Path;

/** Paths as users typed them: relative to the working directory when below it. */
public final class DisplayPaths {

    private DisplayPaths() {
    }

    public static String of(Path path, Path workingDirectory) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = workingDirectory.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : absolute.toString();
    }
}
