package org.maillage.dsl.ide.internal.server;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.nodemodel.ILeafNode;

/**
 * The LSP token types of the language: the lexical ones read from the grammar element of each
 * leaf of the parse (so new keywords and terminals are coloured without a list to update), and
 * the semantic styles of {@link org.maillage.dsl.ide.CoopSemanticHighlighting} mapped to standard
 * types that every editor's theme colours.
 */
final class TokenKinds {

    static final List<String> TYPES = List.of("keyword", "string", "number", "comment", "class", "namespace",
            "function", "event", "interface", "struct", "module", "enumMember", "variable");

    static final List<String> MODIFIERS = List.of("declaration");

    private static final Map<String, String> STYLES = Map.of("actor", "class", "territory", "namespace", "function",
            "function", "action", "event", "objective", "interface", "convention", "struct", "plan", "module",
            "declaration", "variable");

    private static final Map<String, String> TERMINALS = Map.of("STRING", "string", "NUMBER", "number", "DATE",
            "number", "ML_COMMENT", "comment", "SL_COMMENT", "comment");

    private TokenKinds() {
    }

    /** The token type of a leaf from the grammar alone, or null (names, punctuation, white space). */
    static String lexical(ILeafNode leaf) {
        Object element = leaf.getGrammarElement();
        if (element instanceof Keyword keyword) {
            if (!Character.isLetter(keyword.getValue().charAt(0))) {
                return null;
            }
            return GrammarUtil.containingEnumRule(keyword) != null || keyword.eContainer() instanceof EnumLiteralDeclaration
                    ? "enumMember" : "keyword";
        }
        AbstractRule rule = element instanceof RuleCall call ? call.getRule()
                : element instanceof TerminalRule terminal ? terminal : null;
        return rule == null ? null : TERMINALS.get(rule.getName());
    }

    /** The token type of the semantic styles of a position: the last one with a type (a declaration's kind). */
    static String semantic(String[] styles) {
        String type = null;
        for (String style : styles) {
            String mapped = style.startsWith("role-") ? "enumMember" : STYLES.get(style);
            type = mapped == null ? type : mapped;
        }
        return type;
    }

    static int modifiers(String[] styles) {
        return List.of(styles).contains("declaration") ? 1 : 0;
    }
}
