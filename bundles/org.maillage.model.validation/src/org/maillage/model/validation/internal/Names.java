package org.maillage.model.validation.internal;

import java.util.Collection;
import java.util.stream.Collectors;

import org.maillage.model.coop.NamedElement;

/** How messages name elements: by identifier, as users wrote them. */
final class Names {

    private Names() {
    }

    static String of(NamedElement element) {
        return element == null || element.getName() == null ? "?" : element.getName();
    }

    static String list(Collection<? extends NamedElement> elements) {
        return elements.stream().map(Names::of).collect(Collectors.joining(", "));
    }
}
