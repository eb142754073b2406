package org.maillage.generator.raci.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.ActionStep;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionStep;
import org.maillage.model.coop.Objective;
import org.maillage.model.services.Amounts;
import org.maillage.model.services.FinancingPlan;
import org.maillage.model.services.LifeCycle;
import org.maillage.model.services.ModelLabels;

/**
 * What a funder wants under an action's title in the matrix: its owner (maître d'ouvrage),
 * territory, objectives, status, cost, and the conventions covering it with their last status.
 * Facts the model does not state are left out.
 */
public final class ActionFacts {

    private ActionFacts() {
    }

    public static List<String> of(Action action, List<Convention> conventions, Locale locale) {
        List<String> facts = new ArrayList<>();
        Actor owner = FinancingPlan.owner(action);
        if (owner != null) {
            facts.add(RaciText.get(locale, "fact.owner", text(owner.getTitle())));
        }
        if (action.getTerritory() != null && !action.getTerritory().eIsProxy()) {
            facts.add(RaciText.get(locale, "fact.territory", text(action.getTerritory().getTitle())));
        }
        if (!action.getImplements().isEmpty()) {
            facts.add(RaciText.get(locale, "fact.objectives", action.getImplements().stream()
                    .filter(o -> !o.eIsProxy()).map(Objective::getTitle).map(ActionFacts::text)
                    .collect(Collectors.joining(", "))));
        }
        if (!action.getStatuses().isEmpty()) {
            ActionStep last = action.getStatuses().get(action.getStatuses().size() - 1);
            facts.add(RaciText.get(locale, "fact.status", LifeCycle.words(ModelLabels.enumLabel(last.getStatus(),
                    locale), last.getDate(), locale)));
        }
        if (action.getCost() != null && action.getCost().getAmount() != null) {
            String cost = Amounts.format(action.getCost().getAmount(), locale) + " €";
            if (action.getCost().isSetExpenditure()) {
                cost += " (" + ModelLabels.enumLabel(action.getCost().getExpenditure(), locale) + ")";
            }
            facts.add(RaciText.get(locale, "fact.cost", cost));
        }
        List<String> covering = conventions.stream().filter(c -> c.getCovers().contains(action))
                .map(c -> text(c.getTitle()) + status(c, locale)).toList();
        if (!covering.isEmpty()) {
            facts.add(RaciText.get(locale, "fact.conventions", String.join(", ", covering)));
        }
        return facts;
    }

    private static String status(Convention convention, Locale locale) {
        if (convention.getStatuses().isEmpty()) {
            return "";
        }
        ConventionStep last = convention.getStatuses().get(convention.getStatuses().size() - 1);
        return " (" + LifeCycle.words(ModelLabels.enumLabel(last.getStatus(), locale), last.getDate(), locale) + ")";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
