package org.maillage.generator.convention.internal;

/** User text inside Markdown: characters with a Markdown or HTML meaning are escaped, lines joined. */
final class Markdown {

    private static final String SPECIAL = "\\`*_{}[]#!|<>~&";

    private Markdown() {
    }

    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        value.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (c < 0x20) {
                return;
            } else if (c < 0x80 && SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append((char) c);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
