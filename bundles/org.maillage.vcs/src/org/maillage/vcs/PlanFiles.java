package org.maillage.vcs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.maillage.dsl.load.FileChecks;
import org.maillage.vcs.internal.VcsMessages;

/** A plan's files on disk as the merge reads them: checked like the command line's ({@link FileChecks}). */
public final class PlanFiles {

    private PlanFiles() {
    }

    /** The other .coop files of the merged file's folder (not below it), those that can be read. */
    public static Map<String, String> siblings(Path file, Locale locale) {
        Map<String, String> texts = new TreeMap<>();
        Path folder = file.toAbsolutePath().normalize().getParent();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path sibling : list.filter(p -> p.toString().endsWith(".coop") && Files.isRegularFile(p)).sorted().toList()) {
                if (!sibling.equals(file.toAbsolutePath().normalize())) {
                    try {
                        texts.put(sibling.toString(), read(sibling, locale));
                    } catch (VersionException unreadable) {
                        // A file that cannot be read gives no names; its references stay unresolved.
                    }
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return texts;
        }
        return texts;
    }

    /** The text of a file, refused (a {@link VersionException} with its position) when too large or not text. */
    public static String read(Path file, Locale locale) throws VersionException {
        try {
            return FileChecks.decode(file, bytes(file, locale), locale);
        } catch (FileChecks.Refused refused) {
            var d = refused.diagnostic();
            throw new VersionException(file + ":" + d.line() + ":" + d.column() + ": " + d.message() + " [" + d.code() + "]");
        }
    }

    /** The bytes of a file, refused when over {@link FileChecks#MAX_BYTES}. */
    public static byte[] bytes(Path file, Locale locale) throws VersionException {
        try {
            if (Files.size(file) > FileChecks.MAX_BYTES) {
                throw new VersionException(FileChecks.tooLarge(file, Files.size(file), locale).diagnostic().message());
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new VersionException(VcsMessages.get(locale, "version.unreadable", file, e.getMessage()));
        }
    }
}
