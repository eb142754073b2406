package org.maillage.generator.template.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import freemarker.template.Template;

/**
 * Refuses, before a template runs, the built-ins whose work no time bound could stop:
 * <ul>
 * <li>{@code ?interpret}, {@code ?eval} and {@code ?eval_json} turn text into template code, which
 * would escape the interruption checks added to the template's loops;</li>
 * <li>regular expressions ({@code ?matches}, and the flags argument of {@code ?replace},
 * {@code ?split}, {@code ?keep_after}... that can make them regular expressions): Java's regular
 * expressions never check for interruption, and one pattern can backtrack for hours; so is such a
 * built-in taken as a value, whose later call the check could not count;</li>
 * <li>work no loop holds: a range ({@code 1..N}) anywhere but as the sequence of a {@code #list}
 * (whose every step checks the deadline), and lambdas ({@code x -> ...}), whose nesting multiplies
 * the work of built-ins that never check it.</li>
 * </ul>
 * The check reads each element's own canonical form (its tag or interpolation, without nested
 * content and without the document's text), string literals set aside.
 */
final class ConstructCheck {

    private static final Pattern REFUSED = Pattern.compile("\\?\\s*(interpret|eval_json|evalJson|eval|matches)\\b");

    /** Built-ins that take flags, and the position of the flags among their arguments (1-based). */
    private static final Map<String, Integer> FLAGS_AT = Map.of("replace", 3, "split", 2, "keep_after", 2,
            "keepAfter", 2, "keep_after_last", 2, "keepAfterLast", 2, "keep_before", 2, "keepBefore", 2,
            "keep_before_last", 2, "keepBeforeLast", 2);

    private static final Pattern FLAGGABLE = Pattern.compile("\\?\\s*(" + String.join("|", FLAGS_AT.keySet())
            + "|ensure_starts_with|ensureStartsWith)\\b\\s*(\\()?");

    /** A {@code #list} whose sequence is a plain range, which its loop walks step by step. */
    private static final Pattern LIST_OF_RANGE = Pattern.compile(
            "#list\\s+[\\w.-]+\\s*\\.\\.[<!*]?\\s*[\\w.-]*\\s+as\\s");

    private ConstructCheck() {
    }

    /** Throws {@link RefusedConstruct} at the first refused built-in of {@code template}. */
    static void check(Template template) throws RefusedConstruct {
        check(template.getRootTreeNode());
    }

    private static void check(TemplateElement element) throws RefusedConstruct {
        if (!"TextBlock".equals(element.getClass().getSimpleName())) {
            String refused = refusedIn(element.getDescription());
            if (refused != null) {
                throw new RefusedConstruct(refused, element.getTemplate().getName(), element.getBeginLine(),
                        element.getBeginColumn());
            }
        }
        for (int i = 0; i < element.getChildCount(); i++) {
            check(_CoreAPI.getChildElement(element, i));
        }
    }

    /** The first refused built-in of one element's canonical form, or null. */
    static String refusedIn(String canonical) {
        String code = withoutStrings(canonical);
        Matcher found = REFUSED.matcher(code);
        if (found.find()) {
            return "?" + found.group(1);
        }
        Matcher flaggable = FLAGGABLE.matcher(code);
        while (flaggable.find()) {
            String name = flaggable.group(1);
            if (flaggable.group(2) == null) {
                return "?" + name;
            }
            int flagsAt = FLAGS_AT.getOrDefault(name, 2);
            if (arguments(code, flaggable.end()) >= flagsAt) {
                return "?" + name + "(…, flags)";
            }
        }
        if (code.contains("->")) {
            return "->";
        }
        if (code.contains("..") && !LIST_OF_RANGE.matcher(code).find()) {
            return "..";
        }
        return null;
    }

    /** The code with the content of its string literals blanked out (the quotes kept). */
    private static String withoutStrings(String code) {
        StringBuilder out = new StringBuilder(code);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfString(code, i);
                for (int j = i + 1; j < end && j < code.length(); j++) {
                    out.setCharAt(j, ' ');
                }
                i = end;
            }
        }
        return out.toString();
    }

    /** How many arguments the call whose opening parenthesis ends at {@code start} has. */
    private static int arguments(String code, int start) {
        int depth = 0;
        int count = 0;
        boolean any = false;
        for (int i = start; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfString(code, i);
                any = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
                any = true;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return any ? count + 1 : 0;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                count++;
            } else if (!Character.isWhitespace(c)) {
                any = true;
            }
        }
        return any ? count + 1 : 0;
    }

    private static int endOfString(String code, int open) {
        char quote = code.charAt(open);
        boolean raw = open > 0 && code.charAt(open - 1) == 'r';
        for (int i = open + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\' && !raw) {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return code.length();
    }
}
