package org.maillage.generator.raci.internal;

/** Escaping of text for HTML element content and attribute values: user text is never markup. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> {
                if (c < 0x20 && c != '\n' && c != '\t') {
                    out.append(' ');
                } else {
                    out.appendCodePoint(c);
                }
            }
            }
        });
        return out.toString();
    }
}
