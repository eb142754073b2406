package org.maillage.diagram.internal.glsp;

import java.util.List;
import java.util.Optional;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.maillage.diagram.internal.edit.LoadedModel;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.internal.graph.DiagramGraphs;
import org.maillage.diagram.internal.graph.LargeDiagrams;
import org.maillage.diagram.internal.layout.DiagramLayout;
import org.maillage.diagram.internal.layout.ShownPlaces;
import org.maillage.model.coop.Plan;

import com.google.inject.Inject;

/**
 * Builds the session's diagram from the document's current text: parsed with its folder,
 * decorated with the rule catalogue's findings, placed where its elements were shown before the
 * change (ELK for new ones, or for everything when first shown or on "automatic layout"), then the
 * user's sidecar positions. While the text has a syntax error the last good diagram stays on screen.
 * A diagram too large to draw is replaced by a notice; the who-does-what diagram can be filtered.
 */
public class CoopGModelFactory implements GModelFactory {

    @Inject
    private CoopModelState state;

    @Override
    public void createGModel() {
        LoadedModel model = state.load();
        GModelRoot previous = state.getRoot();
        if (model.hasSyntaxErrors() && previous != null && !previous.getChildren().isEmpty()) {
            return;
        }
        Optional<Plan> plan = model.plan(state.planName()).or(() -> model.plan(null));
        plan.ifPresent(p -> state.planName(p.getName()));
        state.pendingFunctions().removeIf(id -> plan.map(p -> assigned(p, id)).orElse(true));
        GGraph graph = plan.map(p -> forEditor(p, model))
                .orElseGet(() -> DiagramGraphs.empty(state.kind()));
        ShownPlaces shown = state.takeRelayout() ? ShownPlaces.none() : ShownPlaces.of(previous);
        DiagramLayout.apply(graph, state.sidecar().bounds(state.sidecarKey()), shown);
        state.updateRoot(graph);
    }

    /** The diagram of the plan, its part the filter keeps, or a notice when it is too large to draw. */
    private GGraph forEditor(Plan plan, LoadedModel model) {
        GGraph graph = DiagramGraphs.build(state.kind(), plan, state.locale(), List.of(), state.pendingFunctions(),
                state.filter());
        int nodes = LargeDiagrams.nodes(graph);
        if (nodes > LargeDiagrams.limit()) {
            // Told at once: neither the rule catalogue nor ELK runs over a diagram that is not drawn.
            graph = LargeDiagrams.notice(state.kind(), plan, nodes, state.locale());
        } else {
            DiagramGraphs.decorate(graph, model.findings());
        }
        if (state.kind() == DiagramKind.WHO_DOES_WHAT) {
            LargeDiagrams.describeFilters(graph, plan, state.filter());
        }
        return graph;
    }

    /** A pending function stops being pending once it holds a role in its action (it is then drawn anyway). */
    private static boolean assigned(Plan plan, String functionId) {
        String[] names = functionId.substring(functionId.indexOf(':') + 1).split("/");
        return names.length != 2 || plan.getActions().stream().filter(a -> names[0].equals(a.getName()))
                .flatMap(a -> a.getAssignments().stream())
                .anyMatch(e -> e.getFunction() != null && names[1].equals(e.getFunction().getName()));
    }

}
