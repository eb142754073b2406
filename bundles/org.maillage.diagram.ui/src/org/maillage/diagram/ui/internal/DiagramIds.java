package org.maillage.diagram.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.maillage.diagram.internal.graph.ElementIds;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Territory;

/** The diagram id of a model element, and ids as a JavaScript array (ids are identifiers: no quotes). */
final class DiagramIds {

    static String of(NamedElement element) {
        String kind = element instanceof Action ? "action" : element instanceof Convention ? "convention"
                : element instanceof Actor ? "actor" : element instanceof Territory ? "territory" : "function";
        return ElementIds.of(kind, element.getName());
    }

    static String json(List<String> ids) {
        return ids.stream().map(id -> "'" + id.replaceAll("[^A-Za-z0-9_:/#-]", "") + "'").collect(Collectors.joining(",", "[", "]"));
    }

    private DiagramIds() {
    }
}
