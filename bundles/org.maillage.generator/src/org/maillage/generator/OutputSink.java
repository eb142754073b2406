package org.maillage.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Where a generator writes: plain file names in the output folder the user chose. A name with a
 * folder part, {@code ..}, an absolute path or a control character is refused. Files become
 * visible only when the generator has returned normally, each by an atomic rename; an existing
 * file is replaced only when the user asked for it, and only when it is a regular file (never a
 * link, a pipe or a device of that name), keeping its permissions. A write that fails throws a
 * {@link WriteException} naming the output file and the reason.
 */
public interface OutputSink {

    /** Stages the file's content; nothing is visible in the output folder yet. */
    void write(String fileName, byte[] content) throws IOException;

    default void writeText(String fileName, String text) throws IOException {
        write(fileName, text.getBytes(StandardCharsets.UTF_8));
    }
}
