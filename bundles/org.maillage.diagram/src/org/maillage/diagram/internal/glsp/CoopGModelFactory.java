package org.maillage.diagram.internal.glsp;

import java.util.Optional;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.maillage.diagram.internal.edit.LoadedModel;
import org.maillage.diagram.internal.graph.DiagramGraphs;
import org.maillage.diagram.internal.layout.DiagramLayout;
import org.maillage.model.coop.Plan;

import com.google.inject.Inject;

/**
 * Builds the session's diagram from the document's current text: parsed with its folder,
 * decorated with the rule catalogue's findings, laid out by ELK and the user's sidecar
 * positions. While the text has a syntax error the last good diagram stays on screen.
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
        GGraph graph = plan.map(p -> DiagramGraphs.build(state.kind(), p, state.locale(), model.findings(), state.pendingFunctions()))
                .orElseGet(() -> DiagramGraphs.empty(state.kind()));
        DiagramLayout.apply(graph, state.sidecar().bounds(state.sidecarKey()));
        state.updateRoot(graph);
    }

    /** A pending function stops being pending once it holds a role in its action (it is then drawn anyway). */
    private static boolean assigned(Plan plan, String functionId) {
        String[] names = functionId.substring(functionId.indexOf(':') + 1).split("/");
        return names.length != 2 || plan.getActions().stream().filter(a -> names[0].equals(a.getName()))
                .flatMap(a -> a.getAssignments().stream())
                .anyMatch(e -> e.getFunction() != null && names[1].equals(e.getFunction().getName()));
    }

}
