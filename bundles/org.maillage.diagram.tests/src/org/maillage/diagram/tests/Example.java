package org.maillage.diagram.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.maillage.diagram.internal.document.FileDocument;
import org.maillage.diagram.internal.edit.CoopInjector;
import org.maillage.diagram.internal.edit.LoadedModel;

/** The reference model copied into a test's folder, and documents over its files. */
final class Example {

    static Path copy(Path into) throws IOException {
        try (Stream<Path> files = Files.list(repository().resolve("examples/monts-ardeche"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".coop")).toList()) {
                Files.copy(file, into.resolve(file.getFileName()));
            }
        }
        return into;
    }

    /** The shared hostile-content corpus of the reliability harness (read, never written). */
    static Path hostileCorpus() {
        return repository().resolve("reliability/hostile/hostile.coop");
    }

    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/monts-ardeche"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("examples/monts-ardeche not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static LoadedModel load(FileDocument document) {
        return LoadedModel.of(CoopInjector.get(), document, Locale.FRENCH);
    }

    private Example() {
    }
}
