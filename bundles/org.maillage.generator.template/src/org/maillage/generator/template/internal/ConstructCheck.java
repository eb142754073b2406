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
 * expressions never check for interruption, and one pattern can backtrack for hours.</li>
 * </ul>
 * The check reads each element's own canonical form (its tag or interpolation, without nested
 * content and without the document's text).
 */
final class ConstructCheck {

    private static final Pattern REFUSED = Pattern.compile("\\?\\s*(interpret|eval_json|evalJson|eval|matches)\\b");

    /** Built-ins that take flags, and the position of the flags among their arguments (1-based). */
    private static final Map<String, Integer> FLAGS_AT = Map.of("replace", 3, "split", 2, "keep_after", 2,
            "keepAfter", 2, "keep_after_last", 2, "keepAfterLast", 2, "keep_before", 2, "keepBefore", 2,
            "keep_before_last", 2, "keepBeforeLast", 2);

    private static final Pattern FLAGGABLE = Pattern.compile("\\?\\s*(" + String.join("|", FLAGS_AT.keySet())
            + "|ensure_starts_with|ensureStartsWith)\\s*\\(");

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
    static String refusedIn(String code) {
        Matcher found = REFUSED.matcher(code);
        if (found.find()) {
            return "?" + found.group(1);
        }
        Matcher flaggable = FLAGGABLE.matcher(code);
        while (flaggable.find()) {
            String name = flaggable.group(1);
            int flagsAt = FLAGS_AT.getOrDefault(name, 3);
            if (arguments(code, flaggable.end()) >= flagsAt) {
                return "?" + name + "(…, flags)";
            }
        }
        return null;
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
