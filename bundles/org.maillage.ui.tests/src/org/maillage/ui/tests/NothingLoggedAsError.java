package org.maillage.ui.tests;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a workbench test when anything is logged at ERROR on the platform log or by the diagram server
 * (log4j, slf4j: {@link ServerLogLines}), or when a thread dies of an uncaught throwable, while it runs; the failure message holds the entries. Registered for every test
 * of the fragment by JUnit's extension auto-detection (META-INF/services, enabled in the pom).
 */
public final class NothingLoggedAsError implements BeforeEachCallback, AfterEachCallback {

    private static volatile NothingLoggedAsError active;

    static {
        ServerLogLines.install(line -> {
            NothingLoggedAsError watch = active;
            if (watch != null) {
                watch.record("the diagram server logged: " + line);
            }
        });
    }

    private final List<String> entries = new ArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            record("logged by " + plugin + ": " + describe(status));
        }
    };
    private Thread.UncaughtExceptionHandler previous;

    /** The watch of the test running now, or null when none is installed. */
    static NothingLoggedAsError active() {
        return active;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        entries.clear();
        previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, thrown) -> {
            record("thread " + thread.getName() + " died: " + trace(thrown));
            if (previous != null) {
                previous.uncaughtException(thread, thrown);
            }
        });
        Platform.addLogListener(listener);
        active = this;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ExampleProject.processEvents();
        active = null;
        Platform.removeLogListener(listener);
        Thread.setDefaultUncaughtExceptionHandler(previous);
        List<String> seen = entries();
        if (!seen.isEmpty()) {
            throw new AssertionError(seen.size() + " error(s) logged during " + context.getDisplayName() + ":\n"
                    + String.join("\n", seen));
        }
    }

    /** What was recorded so far, in order. */
    synchronized List<String> entries() {
        return List.copyOf(entries);
    }

    /** Drops what was recorded (for the test that checks the watch itself). */
    synchronized void forget() {
        entries.clear();
    }

    private synchronized void record(String entry) {
        entries.add(entry);
    }

    private static String describe(IStatus status) {
        StringBuilder text = new StringBuilder(status.getPlugin() + " " + status.getMessage());
        if (status.getException() != null) {
            text.append('\n').append(trace(status.getException()));
        }
        for (IStatus child : status.getChildren()) {
            text.append("\n  ").append(describe(child));
        }
        return text.toString();
    }

    private static String trace(Throwable thrown) {
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
