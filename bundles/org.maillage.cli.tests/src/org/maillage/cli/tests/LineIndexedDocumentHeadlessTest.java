package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.dsl.ide.internal.server.CoopServerModule;
import org.maillage.dsl.ide.internal.server.LineIndexedDocument;

/**
 * The language server's documents convert positions through a table of line starts (a request converting
 * one position per element was quadratic in the file's size with Xtext's document, which walks the text
 * from its start for each): same answers and same refusals as Xtext's {@link Document}, and every
 * document the server's services get, opened or changed, is indexed.
 */
class LineIndexedDocumentHeadlessTest {

    private static final String[] PIECES = { "a", "bc", " ", "\n", "\r\n", "\r", "é", "⛰", "\n\n", "" };

    @Test
    void answersAsXtextsDocumentOnRandomTexts() {
        Random random = new Random(23);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Document stock = new Document(1, text.toString());
            LineIndexedDocument indexed = new LineIndexedDocument(1, text.toString());
            assertEquals(stock.getLineCount(), indexed.getLineCount(), text::toString);
            for (int offset = -1; offset <= text.length() + 1; offset++) {
                int at = offset;
                assertSame(() -> stock.getPosition(at), () -> indexed.getPosition(at), text + " @" + offset);
            }
            for (int line = -1; line <= stock.getLineCount(); line++) {
                int l = line;
                assertSame(() -> stock.getLineContent(l), () -> indexed.getLineContent(l), text + " line " + line);
                for (int character = -1; character < 6; character++) {
                    Position position = new Position(line, character);
                    assertSame(() -> stock.getOffSet(position), () -> indexed.getOffSet(position),
                            text + " " + position);
                    Range range = new Range(new Position(random.nextInt(3), random.nextInt(3)), position);
                    assertSame(() -> stock.getSubstring(range), () -> indexed.getSubstring(range), text + " " + range);
                }
            }
        }
    }

    @Test
    void appliesChangesAsXtextsDocument() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            String text = "ab\ncd\r\n\nefg\n".repeat(1 + random.nextInt(3));
            List<TextDocumentContentChangeEvent> changes = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                Position start = new Position(random.nextInt(3), random.nextInt(2));
                Position end = new Position(start.getLine() + random.nextInt(2), random.nextInt(3));
                changes.add(new TextDocumentContentChangeEvent(new Range(start, end), PIECES[random.nextInt(PIECES.length)]));
            }
            Function<Document, Object> apply = document -> document.applyTextDocumentChanges(changes).getContents();
            assertSame(() -> apply.apply(new Document(1, text)), () -> apply.apply(new LineIndexedDocument(1, text)),
                    text + " " + changes);
            Document changed = new LineIndexedDocument(4, text).applyTextDocumentChanges(List.of());
            assertEquals(4, changed.getVersion());
        }
    }

    @Test
    void theServersDocumentsAreIndexedWhenOpenedAndChanged(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plan.coop"), "actor A \"A\" public\n");
        CliRun validated = CliRun.in(dir, "validate", "plan.coop");
        assertTrue(validated.exit() < 2, "the language is registered as the command line does: " + validated);
        WorkspaceManager manager = CoopServerModule.createInjector().getInstance(WorkspaceManager.class);
        manager.initialize(List.of(new WorkspaceFolder(dir.toUri().toString(), "plans")), (uri, issues) -> {
        }, CancelIndicator.NullImpl);
        URI uri = URI.createURI(file.toUri().toString());
        manager.didOpen(uri, 1, "actor A \"A\" public\n", CancelIndicator.NullImpl);
        assertInstanceOf(LineIndexedDocument.class, manager.doRead(uri, (document, resource) -> document));
        manager.didChangeTextDocumentContent(uri, 2, List.of(new TextDocumentContentChangeEvent(
                new Range(new Position(0, 6), new Position(0, 7)), "B"))).build(CancelIndicator.NullImpl);
        Document changed = manager.doRead(uri, (document, resource) -> document);
        assertInstanceOf(LineIndexedDocument.class, changed);
        assertEquals("actor B \"A\" public\n", changed.getContents());
    }

    /** Both give the same value, or both throw the same kind of exception. */
    private static void assertSame(java.util.function.Supplier<Object> expected, java.util.function.Supplier<Object> actual,
            String what) {
        assertEquals(outcome(expected), outcome(actual), what);
    }

    private static Object outcome(java.util.function.Supplier<Object> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }
}
