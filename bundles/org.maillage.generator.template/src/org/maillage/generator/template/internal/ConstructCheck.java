package org.maillage.generator.template.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import freemarker.template.Template;

/**
 * Refuses, before a template runs, the built-ins that turn text into template code:
 * {@code ?interpret}, {@code ?eval} and {@code ?eval_json}. Code made that way would escape the
 * interruption checks added to the template's loops, so the time bound could not stop it. The
 * check reads each element's own canonical form (its tag or interpolation, without nested
 * content and without the document's text).
 */
final class ConstructCheck {

    private static final Pattern EVALUATING = Pattern.compile("\\?\\s*(interpret|eval_json|evalJson|eval)\\b");

    private ConstructCheck() {
    }

    /** Throws {@link RefusedConstruct} at the first evaluating built-in of {@code template}. */
    static void check(Template template) throws RefusedConstruct {
        check(template.getRootTreeNode());
    }

    private static void check(TemplateElement element) throws RefusedConstruct {
        if (!"TextBlock".equals(element.getClass().getSimpleName())) {
            Matcher found = EVALUATING.matcher(element.getDescription());
            if (found.find()) {
                throw new RefusedConstruct("?" + found.group(1), element.getTemplate().getName(),
                        element.getBeginLine(), element.getBeginColumn());
            }
        }
        for (int i = 0; i < element.getChildCount(); i++) {
            check(_CoreAPI.getChildElement(element, i));
        }
    }
}
