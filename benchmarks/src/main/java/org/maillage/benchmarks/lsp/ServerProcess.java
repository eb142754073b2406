package org.maillage.benchmarks.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A language server started as a process (such as {@code ./maillage lsp}) and driven through LSP4J on its
 * standard input and output, as an editor does; the client notes when each version's diagnostics arrive.
 */
final class ServerProcess implements AutoCloseable {

    /** The kernel's clock ticks per second of {@code /proc/PID/stat} ({@code getconf CLK_TCK}), 100 on Linux. */
    private static final long TICKS_PER_SECOND = 100;

    private final Process process;
    private final LanguageServer server;
    /** Per document URI and version, when its diagnostics arrived ({@link System#nanoTime()}) and how many. */
    private final Map<String, Map<Integer, long[]>> diagnostics = new HashMap<>();

    ServerProcess(List<String> command, Path stderr) throws IOException {
        process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        var launcher = LSPLauncher.createClientLauncher(new Client(), process.getInputStream(), process.getOutputStream());
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    LanguageServer server() {
        return server;
    }

    /**
     * When the diagnostics of {@code version} of the document arrived ({@link System#nanoTime()}) and how
     * many there were, or null when they did not arrive within the timeout.
     */
    synchronized long[] awaitDiagnostics(String uri, int version, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            long[] arrival = diagnostics.getOrDefault(uri, Map.of()).get(version);
            long left = deadline - System.currentTimeMillis();
            if (arrival != null || left <= 0) {
                return arrival;
            }
            wait(left);
        }
    }

    private synchronized void published(PublishDiagnosticsParams params) {
        long now = System.nanoTime();
        if (params.getVersion() != null) {
            diagnostics.computeIfAbsent(params.getUri(), uri -> new HashMap<>()).put(params.getVersion(),
                    new long[] { now, params.getDiagnostics().size() });
        }
        notifyAll();
    }

    /** The server's JVM: the process itself or the one its script started. */
    private ProcessHandle java() {
        return process.toHandle().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst()
                .orElse(process.toHandle());
    }

    /**
     * The processor time the server's JVM used so far, all threads (user + system, {@code /proc/PID/stat}),
     * in milliseconds: on a shared machine, a figure the other processes' load does not inflate as much as the
     * elapsed time.
     */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(java().pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND;
    }

    /** The resident memory of the server's JVM in MiB: now and at its peak ({@code VmRSS}, {@code VmHWM}). */
    long[] residentMemoryMiB() throws IOException {
        ProcessHandle java = java();
        long rss = 0;
        long peak = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(java.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kib(line) / 1024;
            } else if (line.startsWith("VmHWM:")) {
                peak = kib(line) / 1024;
            }
        }
        return new long[] { rss, peak };
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    @Override
    public void close() throws Exception {
        try {
            server.shutdown().get(10, TimeUnit.SECONDS);
            server.exit();
            process.getOutputStream().close();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // A server still busy with a request that timed out: stopped below.
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private final class Client implements LanguageClient {

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            published(params);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}
