package org.maillage.benchmarks.lsp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Drives a language server process ({@code ./maillage lsp}) through LSP4J on generated plans of several
 * sizes and prints each request's time per size, so that growth with the file's size shows: initialize
 * on a folder holding the plan, didOpen until its diagnostics, foldingRange, documentSymbol, completion,
 * hover, a one-character edit until its diagnostics, formatting of a de-indented copy (and its number of
 * edits), an edit sent while that formatting runs until its diagnostics, and the server's resident memory.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.maillage.benchmarks.lsp.LanguageServerHarness \
 *     [--lines 5000,10000,20000,40000] [--timeout 300] -- ./maillage lsp
 * </pre>
 */
public final class LanguageServerHarness {

    private static final Pattern ROLE_LINE = Pattern.compile("(?m)^        Decision: A/R ");
    private static final Pattern ACTION_LINE = Pattern.compile("(?m)^    action \\w+ \"");

    private final List<String> command;
    private final long timeoutMillis;
    /** The server of the size being measured. */
    private ServerProcess process;

    private LanguageServerHarness(List<String> command, long timeoutMillis) {
        this.command = command;
        this.timeoutMillis = timeoutMillis;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(5_000, 10_000, 20_000, 40_000);
        long timeout = 300;
        int separator = Arrays.asList(args).indexOf("--");
        if (separator < 0 || separator == args.length - 1) {
            System.err.println("usage: LanguageServerHarness [--lines 5000,10000] [--timeout SECONDS] -- SERVER COMMAND...");
            System.exit(2);
        }
        for (int i = 0; i < separator; i += 2) {
            if (args[i].equals("--lines")) {
                sizes = Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
            } else if (args[i].equals("--timeout")) {
                timeout = Long.parseLong(args[i + 1]);
            }
        }
        LanguageServerHarness harness = new LanguageServerHarness(
                List.of(args).subList(separator + 1, args.length), timeout * 1000);
        String model = PlansOfLines.largeModel();
        Map<Integer, Map<String, String>> results = new LinkedHashMap<>();
        for (int lines : sizes) {
            String text = PlansOfLines.cut(model, lines);
            Map<String, String> figures = new LinkedHashMap<>();
            figures.put("lines", Integer.toString(PlansOfLines.lineCount(text, text.length())));
            results.put(lines, figures);
            try {
                harness.measure(text, figures);
            } catch (TimeoutException e) {
                figures.put("stopped", "a request took over " + timeout + " s");
            }
            System.out.println(lines + " " + figures);
        }
        print(results);
    }

    private void measure(String text, Map<String, String> figures) throws Exception {
        Path dir = Files.createTempDirectory("maillage-lsp-harness");
        Path file = dir.resolve("plan.coop");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        String uri = file.toUri().toString();
        TextDocumentIdentifier document = new TextDocumentIdentifier(uri);
        try (ServerProcess started = new ServerProcess(command, dir.resolve("server.err"))) {
            process = started;
            var server = process.server();
            TextDocumentService documents = server.getTextDocumentService();
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            init.setProcessId((int) ProcessHandle.current().pid());
            init.setRootUri(dir.toUri().toString());
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "plans")));
            long[] start = { System.nanoTime(), 0 };
            get(server.initialize(init));
            figures.put("initialize", since(start));
            server.initialized(new InitializedParams());

            start = start();
            documents.didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "coop", 1, text)));
            figures.put("didOpen→diagnostics", diagnostics(uri, 1, start));

            start = start();
            int folds = get(documents.foldingRange(new FoldingRangeRequestParams(document))).size();
            figures.put("foldingRange", since(start) + " (" + folds + ")");
            start = start();
            int symbols = get(documents.documentSymbol(new DocumentSymbolParams(document))).size();
            figures.put("documentSymbol", since(start) + " (" + symbols + ")");

            Position role = middle(text, ROLE_LINE);
            start = start();
            var completion = get(documents.completion(new CompletionParams(document, role)));
            int proposals = completion.isLeft() ? completion.getLeft().size() : completion.getRight().getItems().size();
            figures.put("completion", since(start) + " (" + proposals + ")");
            start = start();
            get(documents.hover(new HoverParams(document,
                    new Position(role.getLine(), role.getCharacter() + 1))));
            figures.put("hover", since(start));

            Position title = middle(text, ACTION_LINE);
            start = start();
            documents.didChange(insert(uri, 2, title, "x"));
            figures.put("one-char edit→diagnostics", diagnostics(uri, 2, start));

            String flat = PlansOfLines.deindented(text);
            start = start();
            documents.didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 3),
                    List.of(new TextDocumentContentChangeEvent(flat))));
            figures.put("whole-text change→diagnostics", diagnostics(uri, 3, start));
            DocumentFormattingParams format = new DocumentFormattingParams(document, new FormattingOptions(4, true));
            start = start();
            List<? extends TextEdit> edits = get(documents.formatting(format));
            figures.put("formatting", since(start) + " (" + edits.size() + " edits)");

            CompletableFuture<List<? extends TextEdit>> longRequest = documents.formatting(format);
            start = start();
            documents.didChange(insert(uri, 4, new Position(title.getLine(), 0), " "));
            figures.put("edit during formatting→diagnostics", diagnostics(uri, 4, start));
            try {
                longRequest.get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                // Cancelled by the edit: what an editor expects.
            }
            long[] memory = process.residentMemoryMiB();
            figures.put("resident MiB (now/peak)", memory[0] + "/" + memory[1]);
        } catch (Exception e) {
            System.err.println(Files.readString(dir.resolve("server.err")));
            throw e;
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Elapsed and server processor time since {@link #start}, "wall / cpu" in milliseconds. */
    private String since(long[] start) throws Exception {
        return String.format("%,d / %,d", (System.nanoTime() - start[0]) / 1_000_000, process.cpuMillis() - start[1]);
    }

    private long[] start() throws Exception {
        return new long[] { System.nanoTime(), process.cpuMillis() };
    }

    private <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    private String diagnostics(String uri, int version, long[] start) throws Exception {
        long[] arrival = process.awaitDiagnostics(uri, version, timeoutMillis);
        if (arrival == null) {
            throw new TimeoutException("no diagnostics for version " + version);
        }
        return String.format("%,d / %,d (%,d)", (arrival[0] - start[0]) / 1_000_000, process.cpuMillis() - start[1],
                arrival[1]);
    }

    private static DidChangeTextDocumentParams insert(String uri, int version, Position at, String text) {
        return new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(new Range(at, at), text)));
    }

    /** The position at the end of the match of {@code pattern} nearest the middle of the text. */
    private static Position middle(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find(text.length() / 2) && !matcher.find(0)) {
            throw new IllegalStateException("no " + pattern + " in the plan");
        }
        int lineStart = text.lastIndexOf('\n', matcher.start()) + 1;
        return new Position(PlansOfLines.lineCount(text, matcher.start()), matcher.end() - lineStart);
    }

    /** The Markdown table: one row per request, one column per size. */
    private static void print(Map<Integer, Map<String, String>> results) {
        List<String> rows = new ArrayList<>();
        results.values().forEach(figures -> figures.keySet().stream().filter(k -> !rows.contains(k)).forEach(rows::add));
        StringBuilder out = new StringBuilder("\n| ms: elapsed / server CPU (count) |");
        results.keySet().forEach(lines -> out.append(' ').append(String.format("%,d", lines)).append(" |"));
        out.append("\n|---|").append("---|".repeat(results.size())).append('\n');
        for (String row : rows) {
            out.append("| ").append(row).append(" |");
            results.values().forEach(figures -> out.append(' ').append(figures.getOrDefault(row, "")).append(" |"));
            out.append('\n');
        }
        System.out.print(out);
    }
}
