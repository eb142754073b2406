package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code maillage lsp} speaks LSP on its standard streams: a client opens a file with an error and gets it. */
class LspCommandHeadlessTest {

    @TempDir
    Path dir;

    @Test
    void publishesDiagnosticsOfAnOpenedDocument() throws Exception {
        String text = "territory T \"t\" kind area\nactor X \"x\" public covers Nowhere\n";
        Path file = dir.resolve("model.coop");
        Files.writeString(file, text);
        LspSession session = LspSession.start(dir);
        LanguageServer server = session.server();
        String uri = file.toUri().toString();
        server.getTextDocumentService()
                .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "coop", 1, text)));

        PublishDiagnosticsParams diagnostics = session.await("model.coop", d -> !d.isEmpty());
        var first = diagnostics.getDiagnostics().stream()
                .filter(d -> "LINK-UNRESOLVED".equals(d.getCode().getLeft())).findFirst().orElseThrow();
        assertEquals(1, first.getRange().getStart().getLine());
        assertTrue(first.getMessage().getLeft().contains("Nowhere"), first.getMessage().getLeft());
        session.stop();
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
        LspSession session = LspSession.start(dir);
        LanguageServer server = session.server();

        Diagnostic nesting = session.await("deep.coop", LspSession.having("FILE-NESTING")).getDiagnostics().get(0);
        assertEquals(1, nesting.getRange().getStart().getLine());
        assertEquals("/* \" */ ".length() + 64, nesting.getRange().getStart().getCharacter());
        session.await("latin1.coop", LspSession.having("FILE-ENCODING"));
        session.await("model.coop", LspSession.having("LINK-UNRESOLVED"));

        String uri = dir.resolve("opened.coop").toUri().toString();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "coop", 1,
                "plan P \"p\" from 2024 to 2026 " + "{".repeat(100_000))));
        session.await("opened.coop", LspSession.having("FILE-NESTING"));
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, 2),
                List.of(new TextDocumentContentChangeEvent("actor Z \"z\" public covers Elsewhere\n"))));
        session.await("opened.coop", LspSession.having("LINK-UNRESOLVED").and(LspSession.having("FILE-NESTING").negate()));
        session.stop();
    }
}
