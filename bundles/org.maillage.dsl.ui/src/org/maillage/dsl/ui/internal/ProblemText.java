package org.maillage.dsl.ui.internal;

/**
 * A diagnostic's message or hint as the workbench shows it: a sentence, starting with a capital. The
 * command line writes the same texts after "file:line:col: error:", in lower case, as compilers do.
 */
public final class ProblemText {

    private ProblemText() {
    }

    /** The text with its first letter in upper case; null stays null. */
    public static String sentence(String text) {
        if (text == null || text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
            return text;
        }
        int first = text.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(text, Character.charCount(first), text.length()).toString();
    }
}
