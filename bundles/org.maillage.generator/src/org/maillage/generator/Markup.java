package org.maillage.generator;

/**
 * User text inside HTML, XML or SVG, as element content or a quoted attribute value: it is never
 * markup. The five special characters become references; control characters other than tab
 * and line feed, lone surrogates and the non-characters U+FFFE/U+FFFF (not allowed in XML 1.0)
 * become spaces. For libraries that escape by themselves (document templates, spreadsheets),
 * {@link #xmlText(String)} does the second part only.
 */
public final class Markup {

    private Markup() {
    }

    public static String escape(String text) {
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
            default -> out.appendCodePoint(allowedInXml(c) ? c : ' ');
            }
        });
        return out.toString();
    }

    /** User text with the characters XML 1.0 does not allow replaced by spaces, nothing escaped. */
    public static String xmlText(String text) {
        if (text == null) {
            return "";
        }
        if (text.codePoints().allMatch(Markup::allowedInXml)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowedInXml(c) ? c : ' '));
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        boolean control = c < 0x20 && c != '\n' && c != '\t';
        boolean notXml = (c >= 0xD800 && c <= 0xDFFF) || c == 0xFFFE || c == 0xFFFF;
        return !control && !notXml;
    }
}
