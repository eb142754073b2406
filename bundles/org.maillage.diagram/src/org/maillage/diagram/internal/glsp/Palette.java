package org.maillage.diagram.internal.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.internal.DiagramText;
import org.maillage.diagram.internal.graph.ElementTypes;
import org.maillage.model.coop.Role;
import org.maillage.model.services.ModelLabels;

import com.google.inject.Inject;

/**
 * The palette in the users' language: the elements that can be created, then the links that can be
 * drawn, each tool with its own icon (a codicon of the client).
 */
public class Palette implements ToolPaletteItemProvider {
    /** One codicon per role, in the order of {@link DiagramTypes#ROLE_LETTERS} (A, R, S, C, I). */
    static final List<String> ROLE_ICONS = List.of("verified", "tools", "person-add", "comment", "info");

    @Inject
    private DiagramKind kind;

    @Inject
    private CoopModelState state;

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> nodes = new ArrayList<>();
        List<PaletteItem> edges = new ArrayList<>();
        if (kind == DiagramKind.MAP) {
            nodes.add(node(ElementTypes.TERRITORY, "tool.territory", "a", "globe"));
            nodes.add(node(ElementTypes.ACTOR, "tool.actor", "b", "person"));
            edges.add(edge(ElementTypes.NEW_CONVENTION, text("tool.convention"), "a", "references"));
            edges.add(edge(ElementTypes.PARTY, text("tool.party"), "b", "link"));
        } else {
            nodes.add(node(ElementTypes.ACTOR, "tool.actor", "a", "person"));
            nodes.add(node(ElementTypes.ACTION, "tool.action", "b", "checklist"));
            nodes.add(node(ElementTypes.FUNCTION, "tool.function", "c", "symbol-method"));
            int i = 0;
            for (String letter : DiagramTypes.ROLE_LETTERS) {
                edges.add(edge(ElementTypes.roleEdge(letter), ModelLabels.enumLabel(Role.get(letter), state.locale()),
                        String.valueOf((char) ('a' + i)), ROLE_ICONS.get(i)));
                i++;
            }
        }
        return List.of(PaletteItem.createPaletteGroup("maillage.elements", text("palette.elements"), nodes, "symbol-property", "a"),
                PaletteItem.createPaletteGroup("maillage.links", text("palette.links"), edges, "symbol-property", "b"));
    }

    private PaletteItem node(String type, String key, String sort, String icon) {
        return new PaletteItem(type, text(key), new TriggerNodeCreationAction(type), icon, sort);
    }

    private static PaletteItem edge(String type, String label, String sort, String icon) {
        return new PaletteItem(type, label, new TriggerEdgeCreationAction(type), icon, sort);
    }

    private String text(String key) {
        return DiagramText.get(state.locale(), key);
    }
}
