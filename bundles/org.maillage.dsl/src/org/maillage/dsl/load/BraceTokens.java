package org.maillage.dsl.load;

import java.util.Arrays;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.maillage.dsl.parser.antlr.internal.InternalCoopLexer;
import org.maillage.dsl.parser.antlr.internal.InternalCoopParser;

/** Brace nesting as the parser sees it: the tokens of the generated lexer, in one linear pass. */
final class BraceTokens {

    private static final List<String> NAMES = Arrays.asList(InternalCoopParser.tokenNames);
    private static final int OPEN = NAMES.indexOf("'{'");
    private static final int CLOSE = NAMES.indexOf("'}'");

    private BraceTokens() {
    }

    /** The first {@code '{'} token nested deeper than {@code maxDepth}, or null. */
    static Token firstTooDeep(String text, int maxDepth) {
        if (OPEN < 0 || CLOSE < 0) {
            throw new IllegalStateException("the grammar has no brace tokens");
        }
        InternalCoopLexer lexer = new InternalCoopLexer(new ANTLRStringStream(text));
        int depth = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            if (token.getType() == OPEN && ++depth > maxDepth) {
                return token;
            } else if (token.getType() == CLOSE) {
                depth = Math.max(0, depth - 1);
            }
        }
        return null;
    }
}
