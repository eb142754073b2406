package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.dsl.samples.PlanGenerator;

/**
 * What a user of another editor gets from {@code maillage lsp}, as in the workbench's editor:
 * hover, quick fixes as code actions, hints in the messages, outline kinds, colours, safe rename,
 * formatting refused on syntax errors, clean JSON-RPC errors, findings of other files kept true.
 */
class LspEditorFeaturesHeadlessTest {

    private static final String REFERENTIEL = """
            territory Parc "Parc naturel" kind park
            actor PNR "Syndicat du Parc" public covers Parc
            actor CC "Communauté de communes" public covers Parc
            actor Idle "Personne" public
            function Decision "Décision"
            """;

    private static final String PLAN_A = """
            plan PA "Plan A" from 2024 to 2026 {
                partners PNR, CC
                action Velo "Vélo" theme "Mobilité" on Parc {
                    Decision: A/R PNR
                    indicator "i"
                }
            }
            """;

    private static final String PLAN_B = """
            plan PB "Plan B" from 2024 to 2026 {
                partners PNR, CC
                action Bus "Bus" theme "Mobilité" on Parc {
                    Decision: A/R CC
                    indicator "i"
                }
            }
            """;

    @TempDir
    Path dir;

    private LspSession session;

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    private LanguageServer start() throws Exception {
        Files.writeString(dir.resolve("referentiel.coop"), REFERENTIEL);
        Files.writeString(dir.resolve("a.coop"), PLAN_A);
        Files.writeString(dir.resolve("b.coop"), PLAN_B);
        session = LspSession.start(dir);
        return session.server();
    }

    private String uri(String name) {
        return dir.resolve(name).toUri().toString();
    }

    private LanguageServer open(String name, String text) throws Exception {
        LanguageServer server = session.server();
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(name), "coop", 1, text)));
        return server;
    }

    /** The position of the {@code n}-th (0-based) occurrence of {@code word} in {@code text}, plus {@code shift} characters. */
    private static Position at(String text, String word, int n, int shift) {
        int offset = -1;
        for (int i = 0; i <= n; i++) {
            offset = text.indexOf(word, offset + 1);
        }
        String before = text.substring(0, offset + shift);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return new Position(line, before.length() - before.lastIndexOf('\n') - 1);
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(60, TimeUnit.SECONDS);
    }

    private ResponseErrorException error(CompletableFuture<?> future) {
        ExecutionException thrown = assertThrows(ExecutionException.class, () -> future.get(60, TimeUnit.SECONDS),
                () -> session.stderr());
        assertTrue(thrown.getCause() instanceof ResponseErrorException, String.valueOf(thrown.getCause()));
        return (ResponseErrorException) thrown.getCause();
    }

    /** The text after the edits of one file. */
    private static String applied(String text, List<TextEdit> edits) {
        String result = text;
        List<TextEdit> last = edits.stream().sorted(Comparator.comparing((TextEdit e) -> e.getRange().getStart().getLine())
                .thenComparing(e -> e.getRange().getStart().getCharacter()).reversed()).toList();
        for (TextEdit edit : last) {
            result = result.substring(0, offset(result, edit.getRange().getStart())) + edit.getNewText()
                    + result.substring(offset(result, edit.getRange().getEnd()));
        }
        return result;
    }

    private static int offset(String text, Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            int newline = text.indexOf('\n', offset);
            offset = newline < 0 ? text.length() : newline + 1;
        }
        return Math.min(text.length(), offset + position.getCharacter());
    }

    /**
     * Formatting a whole file answers one edit from the first character that changes to the last, giving
     * the text {@code maillage format} writes: a de-indented plan of 5,000 lines was answered with one
     * edit per whitespace region (78,146 on 40,000 lines), each costing the client a position lookup.
     */
    @Test
    void formattingALargeFileAnswersOneEditGivingTheFormatCommandsText() throws Exception {
        String plan = new PlanGenerator(3, PlanGenerator.Size.M).generate();
        String flat = plan.replaceAll("(?m)^[ \\t]+", "").replace(" {\n", "  {\n");
        Files.writeString(dir.resolve("plan.coop"), flat);
        session = LspSession.start(dir);
        LanguageServer server = open("plan.coop", flat);
        List<? extends TextEdit> edits = get(server.getTextDocumentService().formatting(new DocumentFormattingParams(
                new TextDocumentIdentifier(uri("plan.coop")), new FormattingOptions(4, true))));
        assertEquals(1, edits.size());
        assertEquals(0, CliRun.in(dir, "format", "plan.coop").exit());
        assertEquals(Files.readString(dir.resolve("plan.coop")), applied(flat, List.copyOf(edits)));
        assertTrue(edits.get(0).getRange().getStart().getLine() > 0, "the unchanged start is left out");
        session.stop();
    }

    @Test
    void hoverDescribesTheElementAndTheRoleLetter() throws Exception {
        LanguageServer server = start();
        open("a.coop", PLAN_A);
        Hover actor = get(server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri("a.coop")),
                at(PLAN_A, "PNR", 1, 1))));
        String text = actor.getContents().getRight().getValue();
        assertTrue(text.contains("PNR") && text.contains("Syndicat du Parc") && text.contains("Parc naturel")
                && text.contains("referentiel.coop"), text);
        Hover role = get(server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri("a.coop")),
                at(PLAN_A, "A/R", 0, 0))));
        assertTrue(role.getContents().getRight().getValue().contains("Accountable"), role.toString());
        session.stop();
    }

    /** The first diagnostic of {@code code} published for the file. */
    private Diagnostic first(String name, String code) throws Exception {
        return session.await(name, LspSession.having(code)).getDiagnostics().stream()
                .filter(d -> code.equals(d.getCode().getLeft())).findFirst().orElseThrow();
    }

    /** The code actions of one diagnostic. */
    private List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions(String name, Diagnostic diagnostic) throws Exception {
        return get(session.server().getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri(name)), diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)))));
    }

    private static final String PLAN_11 = """
            function Own "Maîtrise d'ouvrage" ownership
            plan PC "Plan C" from 2024 to 2026 {
                action Voie "Voie verte" on Parc {
                    Own: A/R CC
                    cost 1000 EUR investment
                    funding region 600 EUR from PNR
                }
                convention K1 "Trois parties" kind partnership between PNR, CC, Idle covers Voie {
                    committee KC "Copil" members PNR, CC
                }
                convention K2 "Chef de file absent" kind partnership between PNR, CC lead Idle {
                    committee KD "Copil" members PNR, CC
                }
            }
            """;

    /** The one code action of the diagnostic {@code code} whose title names {@code word}, applied to {@code text}. */
    private String fixed(String name, String text, String code, String word) throws Exception {
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> all = actions(name, first(name, code));
        CodeAction action = all.stream().map(Either::getRight).filter(a -> a.getTitle().contains(word)).findFirst()
                .orElseThrow(() -> new AssertionError(code + ": " + all + session.stderr()));
        return applied(text, action.getEdit().getChanges().get(uri(name)));
    }

    @Test
    void aMisspeltNameIsReplacedByTheNearestDeclaredOne() throws Exception {
        start();
        String misspelt = PLAN_A.replace("A/R PNR", "A/R pnr, C Cc, I Idel");
        open("a.coop", misspelt);
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> all = actions("a.coop", first("a.coop", "LINK-UNRESOLVED"));
        List<String> titles = all.stream().map(a -> a.getRight().getTitle()).toList();
        assertTrue(List.of("Remplacer par « PNR »", "Replace with 'PNR'").contains(titles.get(0)), titles.toString());
        assertTrue(titles.stream().noneMatch(t -> t.contains("Parc") || t.contains("Decision")),
                "only names of the reference's kind: " + titles);
        assertTrue(titles.get(titles.size() - 1).matches("(Créer l'acteur|Create actor) pnr .*"), titles.toString());
        assertTrue(fixed("a.coop", misspelt, "LINK-UNRESOLVED", "PNR").contains("A/R PNR, C Cc, I Idel"));
        session.stop();
    }

    @Test
    void theFixesAndTheHoverOfLanguage11() throws Exception {
        LanguageServer server = start();
        open("c.coop", PLAN_11);
        assertTrue(fixed("c.coop", PLAN_11, "FUND-PLAN-BALANCE", "400").contains(
                "        funding region 600 EUR from PNR\n        funding self 400 EUR from CC\n"), "the owner's own funds");
        assertTrue(fixed("c.coop", PLAN_11, "CONV-NO-LEAD", "CC").contains("between PNR, CC, Idle covers Voie lead CC {"),
                "lead after the covered actions");
        assertTrue(fixed("c.coop", PLAN_11, "CONV-LEAD-NOT-PARTY", "Idle").contains("between PNR, CC, Idle lead Idle {"),
                "the lead joins the parties");
        Hover share = get(server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri("c.coop")),
                at(PLAN_11, "600 EUR", 0, 1))));
        String text = share.getContents().getRight().getValue().replace('\u202f', ' ').replace('\u00a0', ' ');
        assertTrue(text.contains("60.0 %") && (text.contains("1 000") || text.contains("1,000")), text);
    }

    @Test
    void quickFixesOfTheWorkbenchAreCodeActionsAndHintsAreShown() throws Exception {
        LanguageServer server = start();
        String noA = PLAN_A.replace("A/R PNR", "R PNR, C CC");
        open("a.coop", noA);
        Diagnostic diagnostic = first("a.coop", "RACI-NO-A");
        assertEquals("maillage", diagnostic.getSource());
        assertTrue(diagnostic.getMessage().getLeft().contains("\n"), "the hint follows the message: " + diagnostic.getMessage());
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> actions = actions("a.coop", diagnostic);
        CodeAction makeA = actions.stream().map(Either::getRight).filter(a -> a.getTitle().contains("CC")).findFirst()
                .orElseThrow(() -> new AssertionError(actions + session.stderr()));
        assertEquals(List.of(diagnostic), makeA.getDiagnostics());
        List<TextEdit> edits = makeA.getEdit().getChanges().get(uri("a.coop"));
        assertTrue(applied(noA, edits).contains("R PNR, A/C CC"), applied(noA, edits));

        String unresolved = PLAN_A.replace("A/R PNR", "A/R Nouveau");
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri("a.coop"), 2),
                List.of(new TextDocumentContentChangeEvent(unresolved))));
        assertEquals(2, session.await("a.coop", LspSession.having("LINK-UNRESOLVED")).getVersion(),
                "diagnostics carry the version of the document they were computed on");
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> create = actions("a.coop", first("a.coop", "LINK-UNRESOLVED"));
        Map<String, List<TextEdit>> changes = create.get(0).getRight().getEdit().getChanges();
        List<TextEdit> inReferentiel = changes.get(uri("referentiel.coop"));
        assertTrue(applied(REFERENTIEL, inReferentiel).endsWith("actor Nouveau \"Nouveau\" public\n"),
                applied(REFERENTIEL, inReferentiel));
        assertFalse(session.stderr().contains("Exception"), session.stderr());
        session.stop();
    }

    @Test
    void outlineHasKindsTitlesAndNesting() throws Exception {
        LanguageServer server = start();
        List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols = get(server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri("referentiel.coop")))));
        Map<String, SymbolKind> kinds = symbols.stream().map(Either::getRight)
                .collect(Collectors.toMap(DocumentSymbol::getName, DocumentSymbol::getKind));
        assertEquals(SymbolKind.Namespace, kinds.get("Parc"), kinds.toString());
        assertEquals(SymbolKind.Class, kinds.get("PNR"), kinds.toString());
        assertEquals(SymbolKind.Function, kinds.get("Decision"), kinds.toString());
        DocumentSymbol pnr = symbols.stream().map(Either::getRight).filter(s -> s.getName().equals("PNR")).findFirst().orElseThrow();
        assertEquals("Syndicat du Parc", pnr.getDetail());
        List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> plan = get(server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri("a.coop")))));
        DocumentSymbol pa = plan.get(0).getRight();
        assertEquals(SymbolKind.Module, pa.getKind());
        assertEquals(SymbolKind.Event, pa.getChildren().get(0).getKind(), pa.toString());
        session.stop();
    }

    @Test
    void semanticTokensColourKeywordsNamesRolesNumbersAndRanges() throws Exception {
        LanguageServer server = start();
        List<String> types = session.initialized().getCapabilities().getSemanticTokensProvider().getLegend().getTokenTypes();
        assertTrue(types.containsAll(List.of("keyword", "class", "namespace", "function", "event", "number", "string")),
                types.toString());
        List<Integer> data = get(server.getTextDocumentService().semanticTokensFull(
                new SemanticTokensParams(new TextDocumentIdentifier(uri("a.coop"))))).getData();
        List<String> kinds = new java.util.ArrayList<>();
        for (int i = 3; i < data.size(); i += 5) {
            kinds.add(types.get(data.get(i)));
        }
        // plan, from, to, partners, action, theme, on, indicator: keywords; PNR and CC: classes; Parc: namespace;
        // Decision: function; 2024, 2026: numbers; the role letters; the strings.
        assertTrue(kinds.stream().filter("keyword"::equals).count() >= 8, kinds.toString());
        assertTrue(kinds.containsAll(List.of("class", "namespace", "function", "number", "enumMember", "string")), kinds.toString());
        assertTrue(session.initialized().getCapabilities().getSemanticTokensProvider().getRange() != null);
        session.stop();
    }

    @Test
    void renameRefusesAnExistingOrInvalidNameCleanly() throws Exception {
        LanguageServer server = start();
        Position pnr = at(REFERENTIEL, "PNR", 0, 0);
        TextDocumentIdentifier referentiel = new TextDocumentIdentifier(uri("referentiel.coop"));
        ResponseErrorException taken = error(server.getTextDocumentService().rename(new RenameParams(referentiel, pnr, "CC")));
        assertTrue(taken.getResponseError().getMessage().contains("CC"), taken.getResponseError().getMessage());
        assertNull(taken.getResponseError().getData());
        ResponseErrorException invalid = error(server.getTextDocumentService().rename(new RenameParams(referentiel, pnr, "deux mots")));
        assertEquals(ResponseErrorCode.InvalidParams.getValue(), invalid.getResponseError().getCode());
        assertNull(invalid.getResponseError().getData());
        assertFalse(invalid.getResponseError().getMessage().contains("Exception"), invalid.getResponseError().getMessage());
        assertNull(get(server.getTextDocumentService().prepareRename(new PrepareRenameParams(referentiel,
                at(REFERENTIEL, "kind", 0, 1)))), "a keyword is not renamed");
        WorkspaceEdit renamed = get(server.getTextDocumentService().rename(new RenameParams(referentiel, pnr, "Parc2")));
        assertTrue(applied(PLAN_A, renamed.getChanges().get(uri("a.coop"))).contains("A/R Parc2"));
        session.stop();
    }

    @Test
    void formattingRefusesSyntaxErrorsAndUnknownMethodsAreNotFound() throws Exception {
        LanguageServer server = start();
        String broken = PLAN_A.replace("from 2024", "from from 2024");
        open("a.coop", broken);
        ResponseErrorException refused = error(server.getTextDocumentService().formatting(new DocumentFormattingParams(
                new TextDocumentIdentifier(uri("a.coop")), new FormattingOptions(4, true))));
        assertNull(refused.getResponseError().getData());
        assertTrue(refused.getResponseError().getMessage().contains("syntax"), refused.getResponseError().getMessage());
        ResponseErrorException unknown = error(session.request("maillage/unknown", Map.of()));
        assertEquals(ResponseErrorCode.MethodNotFound.getValue(), unknown.getResponseError().getCode());
        assertNull(unknown.getResponseError().getData());
        session.stop();
    }

    @Test
    void anEditUpdatesTheFindingsOfOtherFilesInTheSameCycle() throws Exception {
        LanguageServer server = start();
        session.await("b.coop", LspSession.having("OVERLAP"));
        session.await("referentiel.coop", LspSession.having("UNUSED-ACTOR"));
        open("a.coop", PLAN_A);
        session.forget();
        String otherTheme = PLAN_A.replace("\"Mobilité\"", "\"Agriculture\"").replace("partners PNR, CC", "partners PNR, CC, Idle");
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri("a.coop"), 2),
                List.of(new TextDocumentContentChangeEvent(otherTheme))));
        session.await("b.coop", LspSession.having("OVERLAP").negate());
        session.await("referentiel.coop", LspSession.having("UNUSED-ACTOR").negate());
        assertFalse(session.stderr().contains("Exception"), session.stderr());
        session.stop();
    }

    @Test
    void theClientLocaleChoosesTheLanguage() throws Exception {
        Files.writeString(dir.resolve("model.coop"), "actor X \"x\" public covers Nowhere\n");
        session = LspSession.start(dir, init -> init.setLocale("fr"));
        Diagnostic link = session.await("model.coop", LspSession.having("LINK-UNRESOLVED")).getDiagnostics().get(0);
        assertTrue(link.getMessage().getLeft().contains("introuvable"),
                link.getMessage().getLeft());
        session.stop();
    }
}
