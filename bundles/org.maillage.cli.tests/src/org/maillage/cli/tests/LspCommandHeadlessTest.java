package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.internal.CommandLine;

/** {@code maillage lsp} speaks LSP on its standard streams: a client opens a file with an error and gets it. */
class LspCommandHeadlessTest {

    @TempDir
    Path dir;

    private final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();

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

    @Test
    void publishesDiagnosticsOfAnOpenedDocument() throws Exception {
        String text = "territory T \"t\" kind area\nactor X \"x\" public covers Nowhere\n";
        Path file = dir.resolve("model.coop");
        Files.writeString(file, text);

        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        ByteArrayOutputStream serverErr = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> new CommandLine(CliRun.REGISTRY,
                serverIn, new PrintStream(serverOut, true, StandardCharsets.UTF_8),
                new PrintStream(serverErr, true, StandardCharsets.UTF_8), Locale.ENGLISH, dir).run("lsp"));

        var launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setCapabilities(new org.eclipse.lsp4j.ClientCapabilities());
        init.setProcessId((int) ProcessHandle.current().pid());
        init.setRootUri(dir.toUri().toString());
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "test")));
        assertNotNull(server.initialize(init).get(60, TimeUnit.SECONDS).getCapabilities().getCompletionProvider());
        server.initialized(new InitializedParams());
        String uri = file.toUri().toString();
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "coop", 1, text)));

        PublishDiagnosticsParams diagnostics = null;
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            PublishDiagnosticsParams next = published.poll(1, TimeUnit.SECONDS);
            if (next != null && next.getUri().endsWith("model.coop") && !next.getDiagnostics().isEmpty()) {
                diagnostics = next;
                break;
            }
        }
        assertNotNull(diagnostics, "publishDiagnostics with the error; server stderr: " + serverErr);
        var first = diagnostics.getDiagnostics().stream()
                .filter(d -> "LINK-UNRESOLVED".equals(d.getCode().getLeft())).findFirst().orElseThrow();
        assertEquals(1, first.getRange().getStart().getLine());
        assertTrue(first.getMessage().getLeft().contains("Nowhere"), first.getMessage().getLeft());

        server.shutdown().get(30, TimeUnit.SECONDS);
        clientOut.close();
        assertEquals(0, exit.get(30, TimeUnit.SECONDS));
    }
}
