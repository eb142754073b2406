package org.maillage.dsl.samples;

/**
 * Large hostile .coop texts, each under the 8 MB bound, that once took minutes or overflowed the
 * stack: deep {@code within} chains and cycles, many territories, very long numbers, deep braces
 * behind a comment that looks like it opens a string, braces inside a comment. For the reliability
 * harness (no input may take more than a second) and the benchmarks.
 */
public final class AdversarialInputs {

    private AdversarialInputs() {
    }

    /** {@code count} territories, each within the next: a chain {@code count} deep. */
    public static String withinChain(int count) {
        StringBuilder text = new StringBuilder(count * 48);
        for (int i = 0; i < count; i++) {
            text.append("territory T").append(i).append(" \"t\" kind area");
            if (i + 1 < count) {
                text.append(" within T").append(i + 1);
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** {@code count} territories, each within the next and the last within the first: one long cycle. */
    public static String withinCycle(int count) {
        StringBuilder text = new StringBuilder(count * 48);
        for (int i = 0; i < count; i++) {
            text.append("territory T").append(i).append(" \"t\" kind area within T").append((i + 1) % count)
                    .append('\n');
        }
        return text.toString();
    }

    /** A plan whose one indicator's target is a number of {@code digits} digits. */
    public static String longNumber(int digits) {
        return "plan P \"p\" from 2024 to 2026 {\n    action Act \"a\" {\n        indicator \"i\" target "
                + "9".repeat(digits) + "\n    }\n}\n";
    }

    /** {@code depth} nested braces after a comment holding a double quote, which opens no string. */
    public static String bracesBehindComment(int depth) {
        return "/* \" */\nplan P \"p\" from 2024 to 2026 " + "{".repeat(depth) + "\n";
    }

    /** A valid plan with {@code count} opening braces inside a comment, which the language ignores. */
    public static String bracesInComment(int count) {
        return "/* " + "{".repeat(count) + " */\nplan P \"p\" from 2024 to 2026 {\n}\n";
    }
}
