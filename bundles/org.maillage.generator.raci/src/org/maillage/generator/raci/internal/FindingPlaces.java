package org.maillage.generator.raci.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.Plan;
import org.maillage.model.validation.Finding;

/**
 * Where a finding of the rule catalogue sits in a plan: in one of its actions (the action itself
 * or something inside it, such as an entry, a funding line or a status) or in one of its
 * conventions. The health check shows each finding next to that row.
 */
public final class FindingPlaces {

    private FindingPlaces() {
    }

    /** The findings on the plan's actions and conventions, in catalogue order. */
    static List<Finding> ofPlan(Plan plan, List<Finding> findings) {
        return findings.stream().filter(f -> {
            EObject owner = owner(f.target());
            return owner != null && owner.eContainer() == plan;
        }).toList();
    }

    /** The action or convention that holds {@code target} (or is it), or null. */
    static EObject owner(EObject target) {
        for (EObject e = target; e != null; e = e.eContainer()) {
            if (e instanceof Action || e instanceof Convention) {
                return e;
            }
        }
        return null;
    }

    /** The entry that holds {@code target} (or is it), or null. */
    public static FunctionAssignment entry(EObject target) {
        for (EObject e = target; e != null; e = e.eContainer()) {
            if (e instanceof FunctionAssignment entry) {
                return entry;
            }
        }
        return null;
    }

    /** The row a finding belongs to, as people read it: "action title – function title", or the convention's title. */
    static String row(Finding finding) {
        EObject owner = owner(finding.target());
        if (owner instanceof Action action) {
            FunctionAssignment entry = entry(finding.target());
            String function = entry == null || entry.getFunction() == null ? null : entry.getFunction().getTitle();
            return text(action.getTitle()) + (function == null ? "" : " – " + function);
        }
        return owner instanceof Convention convention ? text(convention.getTitle()) : "";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
