package org.maillage.dsl.ide.internal.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic tokens of a whole document or a range: keywords, strings, numbers, dates and comments
 * from the parse, names and references by kind and role letters from the language's
 * {@link ISemanticHighlightingCalculator} (the workbench editor's), which win where both apply.
 */
public class CoopSemanticTokens extends SemanticTokensService {

    private record Token(int offset, int length, int type, int modifiers) {
    }

    @Override
    protected void addTokenTypes() {
        getTokenTypes().addAll(TokenKinds.TYPES);
    }

    @Override
    protected void addTokenModifiers() {
        getTokenModifiers().addAll(TokenKinds.MODIFIERS);
    }

    @Override
    public SemanticTokens semanticTokensFull(Document document, XtextResource resource, SemanticTokensParams params,
            CancelIndicator cancel) {
        return encode(document, tokens(resource, cancel), null);
    }

    /** The tokens of the lines of {@code range}. */
    public SemanticTokens semanticTokensRange(Document document, XtextResource resource, Range range,
            CancelIndicator cancel) {
        return encode(document, tokens(resource, cancel), range);
    }

    private List<Token> tokens(XtextResource resource, CancelIndicator cancel) {
        TreeMap<Integer, Token> byOffset = new TreeMap<>();
        if (resource == null || resource.getParseResult() == null) {
            return List.of();
        }
        for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
            String type = TokenKinds.lexical(leaf);
            if (type != null && leaf.getLength() > 0) {
                byOffset.put(leaf.getOffset(), new Token(leaf.getOffset(), leaf.getLength(), getTokenTypes().indexOf(type), 0));
            }
        }
        ISemanticHighlightingCalculator calculator = resource.getResourceServiceProvider()
                .get(ISemanticHighlightingCalculator.class);
        if (calculator != null) {
            calculator.provideHighlightingFor(resource, (offset, length, styles) -> {
                String type = TokenKinds.semantic(styles);
                if (type != null && length > 0) {
                    byOffset.put(offset, new Token(offset, length, getTokenTypes().indexOf(type), TokenKinds.modifiers(styles)));
                }
            }, cancel);
        }
        return new ArrayList<>(byOffset.values());
    }

    /** The LSP encoding, one token per line of a token that spans lines; only the lines of {@code range} if given. */
    private static SemanticTokens encode(Document document, List<Token> tokens, Range range) {
        String text = document.getContents();
        int[] lineStarts = lineStarts(text);
        List<Integer> data = new ArrayList<>();
        int lastLine = 0;
        int lastChar = 0;
        tokens.sort(Comparator.comparingInt(Token::offset));
        for (Token token : tokens) {
            int start = token.offset();
            int end = Math.min(text.length(), token.offset() + token.length());
            while (start < end) {
                int newline = text.indexOf('\n', start);
                int pieceEnd = newline < 0 || newline >= end ? end : newline;
                int line = lineOf(lineStarts, start);
                int character = start - lineStarts[line];
                boolean inside = range == null
                        || line >= range.getStart().getLine() && line <= range.getEnd().getLine();
                if (pieceEnd > start && inside) {
                    int deltaLine = line - lastLine;
                    data.add(deltaLine);
                    data.add(deltaLine == 0 ? character - lastChar : character);
                    data.add(pieceEnd - start);
                    data.add(token.type());
                    data.add(token.modifiers());
                    lastLine = line;
                    lastChar = character;
                }
                start = pieceEnd + 1;
            }
        }
        return new SemanticTokens(data);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 0-based line of an offset: the last line start at or before it. */
    private static int lineOf(int[] lineStarts, int offset) {
        int found = java.util.Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }
}
