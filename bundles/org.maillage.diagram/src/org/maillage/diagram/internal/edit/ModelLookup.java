package org.maillage.diagram.internal.edit;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Territory;

/** Finds the model elements a diagram's ids name, and free names for new elements. */
public final class ModelLookup {
    private final LoadedModel model;

    public ModelLookup(LoadedModel model) {
        this.model = model;
    }

    public Optional<Actor> actor(String name) {
        return model.files().stream().flatMap(f -> f.getActors().stream()).filter(a -> name.equals(a.getName())).findFirst();
    }

    public Optional<Territory> territory(String name) {
        return model.files().stream().flatMap(f -> f.getTerritories().stream()).filter(t -> name.equals(t.getName()))
                .findFirst();
    }

    public Optional<Function> function(String name) {
        return model.files().stream().flatMap(f -> f.getFunctions().stream()).filter(t -> name.equals(t.getName()))
                .findFirst();
    }

    public Optional<Action> action(Plan plan, String name) {
        return plan.getActions().stream().filter(a -> name.equals(a.getName())).findFirst();
    }

    public Optional<org.maillage.model.coop.Convention> convention(Plan plan, String name) {
        return plan.getConventions().stream().filter(c -> name.equals(c.getName())).findFirst();
    }

    /** {@code base}, or {@code base2}, {@code base3}… : the first name no element of the model has. */
    public String freeName(String base) {
        Set<String> taken = new HashSet<>();
        model.files().forEach(f -> names(f).forEach(taken::add));
        if (!taken.contains(base)) {
            return base;
        }
        int i = 2;
        while (taken.contains(base + i)) {
            i++;
        }
        return base + i;
    }

    /** Whether the element is declared in the document (and not in another file of the folder). */
    public boolean isOwn(NamedElement element) {
        return element.eResource() == model.resource();
    }

    private static Stream<String> names(CoopFile file) {
        Stream<NamedElement> top = Stream.of(file.getTerritories(), file.getActors(), file.getFunctions(), file.getObjectives(),
                file.getPlans()).flatMap(l -> l.stream().map(NamedElement.class::cast));
        Stream<NamedElement> inPlans = file.getPlans().stream().flatMap(p -> Stream.concat(p.getActions().stream(),
                Stream.concat(p.getConventions().stream(), p.getConventions().stream().flatMap(c -> c.getCommittees().stream()))));
        return Stream.concat(top, inPlans).map(NamedElement::getName).filter(n -> n != null);
    }
}
