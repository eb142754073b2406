package org.maillage.diagram.internal.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a title into lines of at most {@link #LINE_CHARS} characters at spaces, the same way
 * the SVG writer and the client draw it, and estimates text widths. Titles are never cut:
 * a word longer than a line is split; a title of more than {@link #MAX_LINES} lines ends with
 * an ellipsis in the picture only (the model keeps it whole).
 */
public final class TextWrap {
    public static final int LINE_CHARS = 34;
    public static final int MAX_LINES = 8;
    public static final double CHAR_WIDTH = 7.2;
    public static final double LINE_HEIGHT = 16;

    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            for (String piece : pieces(word)) {
                if (line.length() > 0 && line.length() + 1 + piece.codePointCount(0, piece.length()) > LINE_CHARS) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(piece);
            }
            if (lines.size() > MAX_LINES) {
                break;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (lines.size() > MAX_LINES) {
            List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES));
            kept.set(MAX_LINES - 1, kept.get(MAX_LINES - 1) + " …");
            return kept;
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    /** The text itself, or its first {@code max} characters and an ellipsis. */
    public static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max)) + " …";
    }

    public static double width(String text) {
        return text.codePointCount(0, text.length()) * CHAR_WIDTH;
    }

    public static double widest(List<String> lines) {
        return lines.stream().mapToDouble(TextWrap::width).max().orElse(0);
    }

    private static List<String> pieces(String word) {
        List<String> pieces = new ArrayList<>();
        int[] cps = word.codePoints().toArray();
        for (int start = 0; start < cps.length; start += LINE_CHARS) {
            pieces.add(new String(cps, start, Math.min(LINE_CHARS, cps.length - start)));
        }
        return pieces;
    }

    private TextWrap() {
    }
}
