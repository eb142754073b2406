package org.maillage.ui.tests;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The diagram server logs outside the platform log: GLSP through log4j's simple logger, Jetty through
 * slf4j-simple, both on the standard streams. Installed once, before any diagram opens, this passes
 * every line through and hands the ones logged at ERROR ("ERROR …", "[thread] ERROR …") to a sink.
 */
final class ServerLogLines extends OutputStream {
    static final Pattern ERROR_LINE = Pattern.compile("^[^A-Za-z]*(\\[[^\\]]*\\]\\s+)?ERROR\\b.*");

    private static boolean installed;

    private final OutputStream original;
    private final Consumer<String> sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private ServerLogLines(OutputStream original, Consumer<String> sink) {
        this.original = original;
        this.sink = sink;
    }

    /** Watches System.err and System.out from now on (log4j and slf4j-simple look them up when they start). */
    static synchronized void install(Consumer<String> sink) {
        if (installed) {
            return;
        }
        installed = true;
        System.setErr(new PrintStream(new ServerLogLines(System.err, sink), true, StandardCharsets.UTF_8));
        System.setOut(new PrintStream(new ServerLogLines(System.out, sink), true, StandardCharsets.UTF_8));
    }

    @Override
    public synchronized void write(int b) {
        try {
            original.write(b);
        } catch (java.io.IOException e) {
            // The console is gone: the line is still checked.
        }
        if (b == '\n') {
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (ERROR_LINE.matcher(text).matches()) {
                sink.accept(text.strip());
            }
        } else {
            line.write(b);
        }
    }

    @Override
    public void flush() throws java.io.IOException {
        original.flush();
    }
}
