package org.maillage.model.validation.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.maillage.model.coop.NamedElement;

/** How messages name elements: by identifier, as users wrote them. */
final class Names {

    /** Longer lists in a message are cut: a message stays a line, whatever the model's size. */
    static final int MAX_LISTED = 20;

    private Names() {
    }

    static String of(NamedElement element) {
        return element == null || element.getName() == null ? "?" : element.getName();
    }

    /** The names of a cycle, closed by its first again, at most {@value #MAX_LISTED} of them before "…". */
    static String cycle(List<? extends NamedElement> cycle) {
        if (cycle.size() <= MAX_LISTED) {
            return list(cycle) + ", " + of(cycle.get(0));
        }
        return list(cycle.subList(0, MAX_LISTED)) + ", … (" + cycle.size() + ")";
    }

    static String list(Collection<? extends NamedElement> elements) {
        return elements.stream().map(Names::of).collect(Collectors.joining(", "));
    }
}
