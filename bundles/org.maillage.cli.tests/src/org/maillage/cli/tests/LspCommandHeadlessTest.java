package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
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

    /** What was published so far, in order: files are built in any order. */
    private final List<PublishDiagnosticsParams> seen = new ArrayList<>();
    private final ByteArrayOutputStream serverErr = new ByteArrayOutputStream();
    private PipedOutputStream clientOut;
    private CompletableFuture<Integer> exit;

    /** Starts {@code maillage lsp} on the folder and initializes it (which builds every file of the folder). */
    private LanguageServer start() throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 16);
        clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        exit = CompletableFuture.supplyAsync(() -> new CommandLine(CliRun.REGISTRY, serverIn,
                new PrintStream(serverOut, true, StandardCharsets.UTF_8),
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
        return server;
    }

    private void stop(LanguageServer server) throws Exception {
        server.shutdown().get(30, TimeUnit.SECONDS);
        clientOut.close();
        assertEquals(0, exit.get(30, TimeUnit.SECONDS));
    }

    /** The first diagnostics published for the file named {@code name} that {@code expected} accepts. */
    private PublishDiagnosticsParams await(String name, Predicate<List<Diagnostic>> expected) throws Exception {
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
        return fail("no diagnostics as expected for " + name + "; server stderr: " + serverErr);
    }

    private static Predicate<List<Diagnostic>> having(String code) {
        return diagnostics -> diagnostics.stream().anyMatch(d -> code.equals(d.getCode().getLeft()));
    }

    @Test
    void publishesDiagnosticsOfAnOpenedDocument() throws Exception {
        String text = "territory T \"t\" kind area\nactor X \"x\" public covers Nowhere\n";
        Path file = dir.resolve("model.coop");
        Files.writeString(file, text);
        LanguageServer server = start();
        String uri = file.toUri().toString();
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "coop", 1, text)));

        PublishDiagnosticsParams diagnostics = await("model.coop", d -> !d.isEmpty());
        var first = diagnostics.getDiagnostics().stream()
                .filter(d -> "LINK-UNRESOLVED".equals(d.getCode().getLeft())).findFirst().orElseThrow();
        assertEquals(1, first.getRange().getStart().getLine());
        assertTrue(first.getMessage().getLeft().contains("Nowhere"), first.getMessage().getLeft());
        stop(server);
    }

    /**
     * The command line's input checks apply to every document the server reads: workspace files
     * at initialize, documents opened and changed; a refused one gets its diagnostic, the others
     * are served as usual.
     */
    @Test
    void checksEveryDocumentItReadsAndKeepsServingTheOthers() throws Exception {
        String deep = "territory T \"t\" kind area\n/* \" */ " + "{".repeat(5_000) + "\n";
        Files.writeString(dir.resolve("deep.coop"), deep);
        Files.write(dir.resolve("latin1.coop"), "actor X \"caf\u00e9\" public\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("model.coop"), "actor Y \"y\" public covers Nowhere\n");
        LanguageServer server = start();

        Diagnostic nesting = await("deep.coop", having("FILE-NESTING")).getDiagnostics().get(0);
        assertEquals(1, nesting.getRange().getStart().getLine());
        assertEquals("/* \" */ ".length() + 64, nesting.getRange().getStart().getCharacter());
        await("latin1.coop", having("FILE-ENCODING"));
        await("model.coop", having("LINK-UNRESOLVED"));

        String uri = dir.resolve("opened.coop").toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "coop", 1,
                "plan P \"p\" from 2024 to 2026 " + "{".repeat(100_000))));
        await("opened.coop", having("FILE-NESTING"));
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, 2),
                List.of(new TextDocumentContentChangeEvent("actor Z \"z\" public covers Elsewhere\n"))));
        await("opened.coop", having("LINK-UNRESOLVED").and(having("FILE-NESTING").negate()));
        stop(server);
    }
}
