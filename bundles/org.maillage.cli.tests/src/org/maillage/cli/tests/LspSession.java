package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.maillage.cli.internal.CommandLine;

/**
 * A real LSP client session with {@code maillage lsp} run by the command line on piped streams:
 * started and initialized on a folder, diagnostics collected as they are published.
 */
final class LspSession {

    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    /** What was published so far, in order: files are built in any order. */
    private final List<PublishDiagnosticsParams> seen = new ArrayList<>();
    private final ByteArrayOutputStream serverErr = new ByteArrayOutputStream();
    private final PipedOutputStream clientOut;
    private final CompletableFuture<Integer> exit;
    private final LanguageServer server;
    private final org.eclipse.lsp4j.jsonrpc.RemoteEndpoint endpoint;
    private final InitializeResult initialized;

    private final LanguageClient client = new LanguageClient() {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.add(diagnostics);
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
    };

    private LspSession(Path dir, Locale cliLocale, Consumer<InitializeParams> customizer) throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        exit = CompletableFuture.supplyAsync(() -> new CommandLine(CliRun.REGISTRY, serverIn,
                new PrintStream(serverOut, true, StandardCharsets.UTF_8),
                new PrintStream(serverErr, true, StandardCharsets.UTF_8), cliLocale, dir).run("lsp"), runnable -> {
                    Thread thread = new Thread(runnable, "maillage lsp");
                    thread.setDaemon(true);
                    thread.start();
                });
        var launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        endpoint = launcher.getRemoteEndpoint();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new org.eclipse.lsp4j.ClientCapabilities());
        init.setProcessId((int) ProcessHandle.current().pid());
        init.setRootUri(dir.toUri().toString());
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "test")));
        customizer.accept(init);
        initialized = server.initialize(init).get(60, TimeUnit.SECONDS);
        assertNotNull(initialized.getCapabilities().getCompletionProvider());
        server.initialized(new InitializedParams());
    }

    /** Starts {@code maillage lsp} on the folder and initializes it (which builds every file of the folder). */
    static LspSession start(Path dir) throws Exception {
        return new LspSession(dir, Locale.ENGLISH, init -> {
        });
    }

    /** Starts the server with {@code --lang} English and lets the test adjust the initialize request. */
    static LspSession start(Path dir, Consumer<InitializeParams> customizer) throws Exception {
        return new LspSession(dir, Locale.ENGLISH, customizer);
    }

    LanguageServer server() {
        return server;
    }

    /** A raw request, such as one no server implements. */
    CompletableFuture<Object> request(String method, Object params) {
        return endpoint.request(method, params);
    }

    InitializeResult initialized() {
        return initialized;
    }

    /** What the server wrote on its standard error so far. */
    String stderr() {
        return serverErr.toString(StandardCharsets.UTF_8);
    }

    void stop() throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
        clientOut.close();
        assertEquals(0, exit.get(30, TimeUnit.SECONDS));
    }

    /** Ends the session whatever its state (after a failed test): the server's input closes. */
    void close() throws Exception {
        clientOut.close();
    }

    /** The first diagnostics published for the file named {@code name} that {@code expected} accepts. */
    PublishDiagnosticsParams await(String name, Predicate<List<Diagnostic>> expected) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            PublishDiagnosticsParams next = published.poll(1, TimeUnit.SECONDS);
            if (next != null) {
                seen.add(next);
            }
            for (PublishDiagnosticsParams params : seen) {
                if (params.getUri().endsWith("/" + name) && expected.test(params.getDiagnostics())) {
                    return params;
                }
            }
        }
        return fail("no diagnostics as expected for " + name + "; server stderr: " + stderr());
    }

    /** Forgets the diagnostics seen so far: the next {@link #await} sees only newer ones. */
    void forget() {
        published.drainTo(seen);
        seen.clear();
    }

    static Predicate<List<Diagnostic>> having(String code) {
        return diagnostics -> diagnostics.stream().anyMatch(d -> code.equals(d.getCode().getLeft()));
    }
}
