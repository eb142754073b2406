package org.maillage.diagram.internal.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.maillage.diagram.internal.graph.ElementIds;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Plan;

/**
 * The model elements a diagram selection names (for the Properties view): actors, territories and
 * functions by name across the folder's files, actions and conventions in the document's plans.
 * Links, labels and markers name no element of their own.
 */
public final class ElementsOfIds {

    public static List<NamedElement> resolve(LoadedModel model, List<String> ids) {
        ModelLookup lookup = new ModelLookup(model);
        List<NamedElement> elements = new ArrayList<>();
        for (String id : ids) {
            String[] names = ElementIds.names(id);
            if (names.length == 0 || id.contains("#")) {
                continue;
            }
            Optional<? extends NamedElement> element = switch (ElementIds.kind(id)) {
                case "actor" -> lookup.actor(names[0]);
                case "territory" -> lookup.territory(names[0]);
                case "function" -> lookup.function(names[names.length - 1]);
                case "action" -> plans(model).stream().flatMap(p -> lookup.action(p, names[0]).stream()).findFirst();
                case "convention" -> plans(model).stream().flatMap(p -> lookup.convention(p, names[0]).stream()).findFirst();
                default -> Optional.empty();
            };
            element.ifPresent(elements::add);
        }
        return elements;
    }

    private static List<Plan> plans(LoadedModel model) {
        return model.file().map(f -> List.copyOf(f.getPlans())).orElse(List.of());
    }

    private ElementsOfIds() {
    }
}
