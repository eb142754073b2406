package org.maillage.model.validation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.ActionStatus;
import org.maillage.model.coop.ActionStep;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Funding;
import org.maillage.model.coop.Indicator;
import org.maillage.model.coop.Nature;
import org.maillage.model.services.Fundings;
import org.maillage.model.validation.Anchor;
import org.maillage.model.validation.Severity;

/**
 * Following an action up (1.1). EU-NO-COMMUNICATION: EU money comes with publicity duties.
 * EVAL-NO-OWNER: someone evaluates an action with indicators. ACTION-DONE-NO-MEASURE: a done
 * action's targets are measured. ACTION-MANY-ACTORS: too many actors in one action.
 */
public final class FollowUpRules implements Rule {

    private final int manyActorsThreshold;

    public FollowUpRules(int manyActorsThreshold) {
        this.manyActorsThreshold = manyActorsThreshold;
    }

    @Override
    public void check(ModelIndex model, FindingSink sink) {
        if (!model.usesLanguage11()) {
            return;
        }
        boolean natures = model.declaresNatures();
        for (Action action : model.actions()) {
            if (natures && euFunded(action, model) && !model.hasEntryOn(action, Nature.COMMUNICATION)) {
                sink.report("EU-NO-COMMUNICATION", Severity.WARNING, action, Anchor.NAME, Names.of(action));
            }
            if (natures && !action.getIndicators().isEmpty() && !model.hasEntryOn(action, Nature.EVALUATION)
                    && action.getIndicators().stream().allMatch(indicator -> indicator.getBy() == null)) {
                sink.report("EVAL-NO-OWNER", Severity.INFO, action, Anchor.NAME, Names.of(action));
            }
            doneWithoutMeasure(action, sink);
            Set<Actor> actors = new HashSet<>();
            // an unresolved name is not an actor: each of its uses would count as another one
            model.cells(action).values().forEach(row -> row.keySet().stream().filter(actor -> !actor.eIsProxy())
                    .forEach(actors::add));
            if (actors.size() > manyActorsThreshold) {
                sink.report("ACTION-MANY-ACTORS", Severity.INFO, action, Anchor.NAME, Names.of(action), actors.size(),
                        manyActorsThreshold);
            }
        }
    }

    /** Its own EU line, or one of a convention covering it. */
    private static boolean euFunded(Action action, ModelIndex model) {
        return hasEu(action.getFundings())
                || model.covering(action).stream().anyMatch(convention -> hasEu(convention.getFundings()));
    }

    private static boolean hasEu(List<Funding> lines) {
        return lines.stream().anyMatch(line -> Fundings.isEu(line.getSource()));
    }

    private static void doneWithoutMeasure(Action action, FindingSink sink) {
        List<ActionStep> steps = action.getStatuses();
        if (steps.isEmpty() || steps.get(steps.size() - 1).getStatus() != ActionStatus.DONE) {
            return;
        }
        List<Indicator> unmeasured = action.getIndicators().stream()
                .filter(indicator -> indicator.getTarget() != null && indicator.getMeasures().isEmpty()).toList();
        if (!unmeasured.isEmpty()) {
            sink.report("ACTION-DONE-NO-MEASURE", Severity.INFO, steps.get(steps.size() - 1), Anchor.ELEMENT,
                    Names.of(action), unmeasured.stream().map(i -> "\"" + i.getTitle() + "\"")
                            .collect(Collectors.joining(", ")));
        }
    }
}
