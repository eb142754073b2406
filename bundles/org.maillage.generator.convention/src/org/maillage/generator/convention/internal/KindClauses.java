package org.maillage.generator.convention.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import org.maillage.model.coop.ConventionKind;
import org.maillage.model.services.Localization;

/**
 * The articles a kind of convention has of its own (clauses.properties, French, and
 * clauses_en.properties): {@code kind.<kind>} lists their zones in order; {@code <zone>.title} is
 * an article's title and {@code <zone>.1}, {@code <zone>.2}, … its paragraphs, a paragraph
 * starting with "- " being a list item. The arguments: {0} the principal party (the lead, else
 * the first covered action's owner, else the first party), {1} the other parties, {2} the lead,
 * {3} the framework convention, {4} the covered actions.
 */
final class KindClauses {

    private static final String BUNDLE = "org.maillage.generator.convention.internal.clauses";

    /** The names of the arguments {0} to {4} in the kinds' templates (MakeKindTemplates writes them). */
    private static final List<String> ARGUMENT_NAMES = List.of("principal", "others", "lead", "framework", "actions");

    private KindClauses() {
    }

    static List<String> zones(ConventionKind kind, Locale locale) {
        if (kind == null) {
            return List.of();
        }
        ResourceBundle bundle = bundle(locale);
        String key = "kind." + kind.getLiteral();
        return bundle.containsKey(key) ? Arrays.stream(bundle.getString(key).split(",")).map(String::strip).toList()
                : List.of();
    }

    static String title(String zone, Locale locale) {
        return bundle(locale).getString(zone + ".title");
    }

    static List<Block> blocks(String zone, Object[] arguments, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; bundle.containsKey(zone + "." + i); i++) {
            String text = new MessageFormat(bundle.getString(zone + "." + i), locale).format(arguments);
            blocks.add(text.startsWith("- ") ? Block.bullet(text.substring(2)) : Block.text(text));
        }
        return blocks;
    }

    /** The clauses' arguments by the names the kinds' templates use ({@code ${clause.principal}} is {0}, …). */
    static Map<String, String> named(Object[] arguments) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < ARGUMENT_NAMES.size(); i++) {
            named.put(ARGUMENT_NAMES.get(i), String.valueOf(arguments[i]));
        }
        return named;
    }

    private static ResourceBundle bundle(Locale locale) {
        return Localization.bundle(BUNDLE, KindClauses.class.getClassLoader(), locale);
    }
}
