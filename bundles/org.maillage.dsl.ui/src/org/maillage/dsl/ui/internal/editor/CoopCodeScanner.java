package org.maillage.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.rules.ICharacterScanner;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WhitespaceRule;
import org.eclipse.jface.text.rules.WordRule;
import org.maillage.model.coop.Role;

/**
 * Colours the code partition: the language's keywords, the role letters in their role's colour,
 * and numbers and dates. Names are coloured from the model (see {@link SemanticHighlighter}).
 */
final class CoopCodeScanner extends RuleBasedScanner {

    CoopCodeScanner(SyntaxStyles styles, Set<String> keywords) {
        IToken keyword = new Token(styles.attribute("keyword"));
        WordRule words = new WordRule(new IWordDetector() {
            @Override
            public boolean isWordStart(char c) {
                return Character.isLetter(c) || c == '^';
            }

            @Override
            public boolean isWordPart(char c) {
                return Character.isLetterOrDigit(c) || c == '_';
            }
        }, Token.UNDEFINED);
        for (String word : keywords) {
            Role role = word.length() == 1 ? Role.get(word) : null;
            words.addWord(word, role != null ? new Token(styles.attribute("role-" + role.getLiteral())) : keyword);
        }
        List<IRule> rules = new ArrayList<>();
        rules.add(new WhitespaceRule(Character::isWhitespace));
        rules.add(words);
        rules.add(new NumberOrDateRule(new Token(styles.attribute("number"))));
        setRules(rules.toArray(IRule[]::new));
    }

    /** Digits with '.', or a date YYYY-MM-DD: one token. */
    private record NumberOrDateRule(IToken token) implements IRule {

        @Override
        public IToken evaluate(ICharacterScanner scanner) {
            int c = scanner.read();
            if (c == ICharacterScanner.EOF || !Character.isDigit(c)) {
                scanner.unread();
                return Token.UNDEFINED;
            }
            do {
                c = scanner.read();
            } while (c != ICharacterScanner.EOF && (Character.isDigit(c) || c == '.' || c == '-'));
            scanner.unread();
            return token;
        }
    }
}
