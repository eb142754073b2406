package org.maillage.generator.site.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Actor;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Objective;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Territory;

/**
 * The file names and anchors of the site, made from ids only (never from titles): a prefix per
 * kind of page, the id with anything but ASCII letters, digits and '_' replaced, cut to a length
 * every file system takes, and a number added when two names would only differ by case (a
 * case-insensitive file system would make them one file). Each page exists once per language:
 * {@code <base>.<lang>.html}, except the home of the default language, {@code index.html}.
 */
final class PageNames {

    static final String HOME = "index";
    static final String CALENDAR = "calendar";
    static final String FINDINGS = "findings";

    private static final int MAX_ID = 80;

    private final String defaultLanguage;
    private final Map<NamedElement, String> bases = new HashMap<>();
    private final Set<String> taken = new HashSet<>(Set.of(HOME, CALENDAR, FINDINGS));

    PageNames(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    /** The page of a plan, actor, territory or objective (the element must have a page). */
    String base(NamedElement element) {
        return bases.computeIfAbsent(element, e -> unique(prefix(e) + "-" + safe(e.getName())));
    }

    /**
     * The page of part {@code number} (from 1) of a long plan's actions: never a base of an
     * element's page, whose ids have no '-'.
     */
    static String part(String planBase, int number) {
        return planBase + "-actions-" + number;
    }

    /** The page {@code number} (from 1) of the findings of a rule, on a large model. */
    static String findings(String code, int number) {
        return FINDINGS + "-" + safe(code) + "-" + number;
    }

    /** The file of a page in a language. */
    String file(String base, String language) {
        if (base.equals(HOME) && language.equals(defaultLanguage)) {
            return "index.html";
        }
        return base + "." + language + ".html";
    }

    /** An element's anchor inside its page: {@code action-Id}, {@code convention-Id}. */
    static String anchor(String kind, NamedElement element) {
        return kind + "-" + safe(element.getName());
    }

    /** An id with only ASCII letters, digits and '_', never empty, at most 80 characters. */
    static String safe(String id) {
        if (id == null || id.isEmpty()) {
            return "_";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < id.length() && out.length() < MAX_ID; i++) {
            char c = id.charAt(i);
            out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        if (id.length() > MAX_ID || !out.toString().equals(id)) {
            out.append('_').append(Integer.toHexString(id.hashCode()));
        }
        return out.toString();
    }

    private String unique(String name) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }

    private static String prefix(NamedElement element) {
        if (element instanceof Plan) {
            return "plan";
        }
        if (element instanceof Actor) {
            return "actor";
        }
        if (element instanceof Territory) {
            return "territory";
        }
        if (element instanceof Objective) {
            return "objective";
        }
        throw new IllegalArgumentException("no page for " + element.eClass().getName());
    }
}
