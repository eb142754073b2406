package org.maillage.diagram.internal.svg;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.weisj.jsvg.parser.DomElement;
import com.github.weisj.jsvg.parser.css.CssParser;
import com.github.weisj.jsvg.parser.css.StyleProperty;
import com.github.weisj.jsvg.parser.css.StyleSheet;

/**
 * The diagram stylesheet as jsvg applies it. jsvg's own CSS parser takes single tag, class or id
 * selectors only and drops the rest (with a warning), so the rules of {@code diagram.css} that
 * the client needs ({@code text.mg-title}, {@code .mg-actor > .mg-shape}, {@code .mg-edge.role-A})
 * would be lost. This parser matches the selectors that stylesheet uses: compounds of a tag,
 * classes and an id, joined by descendant or child combinators, in a comma list, winning by
 * specificity then source order as in a browser. Anything else (at-rules, attribute selectors, pseudo-classes)
 * is refused with an {@link IllegalArgumentException}: a test renders every diagram with it.
 */
final class DiagramCss implements CssParser {

    private static final Pattern COMPOUND = Pattern.compile("(\\*|[A-Za-z][\\w-]*)?((?:[.#][A-Za-z_][\\w-]*)*)");
    private static final Pattern PART = Pattern.compile("([.#])([A-Za-z_][\\w-]*)");

    /** One compound selector and how it is joined to the one before it. */
    private record Step(String tag, List<String> classes, String id, boolean child) {

        boolean matches(DomElement element) {
            return (tag == null || tag.equals(element.tagName())) && (id == null || id.equals(element.id()))
                    && element.classNames().containsAll(classes);
        }
    }

    private record Rule(List<Step> steps, int specificity, int order, List<StyleProperty> properties) {

        boolean matches(DomElement element) {
            return matches(element, steps.size() - 1);
        }

        private boolean matches(DomElement element, int index) {
            if (element == null || !steps.get(index).matches(element)) {
                return false;
            }
            if (index == 0) {
                return true;
            }
            DomElement ancestor = element.parent();
            if (steps.get(index).child()) {
                return matches(ancestor, index - 1);
            }
            for (; ancestor != null; ancestor = ancestor.parent()) {
                if (matches(ancestor, index - 1)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public StyleSheet parse(List<char[]> inputs) {
        StringBuilder text = new StringBuilder();
        inputs.forEach(text::append);
        String css = text.toString().replaceAll("(?s)/\\*.*?\\*/", " ");
        List<Rule> rules = new ArrayList<>();
        for (String block : css.split("}")) {
            if (block.isBlank()) {
                continue;
            }
            int brace = block.indexOf('{');
            if (brace < 0 || block.indexOf('@') >= 0) {
                throw new IllegalArgumentException("CSS jsvg cannot apply: " + block.strip());
            }
            List<StyleProperty> properties = properties(block.substring(brace + 1));
            for (String selector : block.substring(0, brace).split(",")) {
                List<Step> steps = steps(selector);
                rules.add(new Rule(steps, specificity(steps), rules.size(), properties));
            }
        }
        // jsvg keeps the first value it is given for a property: the rule that wins in CSS comes first.
        rules.sort(Comparator.comparingInt(Rule::specificity).thenComparingInt(Rule::order).reversed());
        return (element, consumer) -> rules.stream().filter(rule -> rule.matches(element))
                .forEach(rule -> rule.properties().forEach(consumer::applyRule));
    }

    private static List<Step> steps(String selector) {
        List<Step> steps = new ArrayList<>();
        boolean child = false;
        for (String token : selector.replace(">", " > ").trim().split("\\s+")) {
            if (token.equals(">")) {
                child = true;
                continue;
            }
            Matcher compound = COMPOUND.matcher(token);
            if (token.isEmpty() || !compound.matches() || (steps.isEmpty() && child)) {
                throw new IllegalArgumentException("CSS selector jsvg cannot apply: " + selector.strip());
            }
            String tag = compound.group(1) == null || compound.group(1).equals("*") ? null : compound.group(1);
            List<String> classes = new ArrayList<>();
            String id = null;
            Matcher part = PART.matcher(compound.group(2));
            while (part.find()) {
                if (part.group(1).equals(".")) {
                    classes.add(part.group(2));
                } else {
                    id = part.group(2);
                }
            }
            steps.add(new Step(tag, List.copyOf(classes), id, child));
            child = false;
        }
        if (steps.isEmpty() || child) {
            throw new IllegalArgumentException("CSS selector jsvg cannot apply: " + selector.strip());
        }
        return steps;
    }

    private static int specificity(List<Step> steps) {
        int specificity = 0;
        for (Step step : steps) {
            specificity += (step.id() == null ? 0 : 10_000) + step.classes().size() * 100 + (step.tag() == null ? 0 : 1);
        }
        return specificity;
    }

    private static List<StyleProperty> properties(String declarations) {
        List<StyleProperty> properties = new ArrayList<>();
        for (String declaration : declarations.split(";")) {
            int colon = declaration.indexOf(':');
            if (declaration.isBlank()) {
                continue;
            }
            if (colon < 0) {
                throw new IllegalArgumentException("CSS declaration jsvg cannot apply: " + declaration.strip());
            }
            properties.add(new StyleProperty(declaration.substring(0, colon).trim(), declaration.substring(colon + 1).trim()));
        }
        return properties;
    }
}
