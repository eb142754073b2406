package org.maillage.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

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

    /**
     * The content of the file of that name already in the output folder, which this generation
     * would replace (a generator may carry the user's own text over from it); empty when there is
     * none, or when it is not a regular file (a link is not followed). Of a file larger than
     * {@code maxBytes}, only its first {@code maxBytes + 1} bytes are read: the caller can tell, and
     * refuses it rather than read it partly. Sinks that write nowhere visible have nothing there.
     */
    default Optional<byte[]> existing(String fileName, long maxBytes) throws IOException {
        return Optional.empty();
    }

    /**
     * A one-line message for the user about this generation (what was carried over, what could
     * not be), shown once the files are written: on stderr by the command line.
     */
    default void notice(String message) {
        // sinks without a user to tell drop it
    }
}
