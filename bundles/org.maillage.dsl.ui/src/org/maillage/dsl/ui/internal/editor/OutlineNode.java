package org.maillage.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Plan;
import org.maillage.model.services.LifeCycle;
import org.maillage.model.services.Localization;

/**
 * An element of the outline, copied out of the model under its read lock so that the UI never
 * touches the model: kind, name, title, where it stands (an action's status, a convention's last
 * step), where it is written, and its children.
 */
public record OutlineNode(EClass kind, String name, String title, String status, int offset, int length,
        List<OutlineNode> children) {

    /** The top-level elements of a file, a plan's actions and conventions below it. */
    static List<OutlineNode> of(CoopFile file) {
        List<OutlineNode> nodes = new ArrayList<>();
        file.getTerritories().forEach(t -> add(nodes, t, List.of()));
        file.getActors().forEach(a -> add(nodes, a, List.of()));
        file.getFunctions().forEach(f -> add(nodes, f, List.of()));
        file.getObjectives().forEach(o -> add(nodes, o, List.of()));
        for (Plan plan : file.getPlans()) {
            List<OutlineNode> children = new ArrayList<>();
            plan.getActions().forEach(a -> add(children, a, List.of()));
            plan.getConventions().forEach(c -> add(children, c, List.of()));
            add(nodes, plan, children);
        }
        return nodes;
    }

    private static void add(List<OutlineNode> nodes, NamedElement element, List<OutlineNode> children) {
        ICompositeNode node = NodeModelUtils.getNode(element);
        if (node != null && element.getName() != null) {
            nodes.add(new OutlineNode(element.eClass(), element.getName(), element.getTitle(), status(element),
                    node.getOffset(), node.getLength(), children));
        }
    }

    private static String status(NamedElement element) {
        Locale locale = Localization.supported(Locale.getDefault());
        if (element instanceof Action action) {
            return LifeCycle.describe(action, locale);
        }
        return element instanceof Convention convention ? LifeCycle.describe(convention, locale) : "";
    }

    /** What the outline shows: the title (the name when there is none), then where it stands. */
    public String label() {
        String shown = title == null || title.isBlank() ? name : title;
        return status == null || status.isEmpty() ? shown : shown + " — " + status;
    }

    /** Whether an element of the model is this node's (same kind and name). */
    public boolean is(EObject element) {
        return element instanceof NamedElement named && named.eClass() == kind && name.equals(named.getName());
    }
}
