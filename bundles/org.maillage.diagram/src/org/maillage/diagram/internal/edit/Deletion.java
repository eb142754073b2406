package org.maillage.diagram.internal.edit;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.diagram.internal.DiagramText;
import org.maillage.diagram.internal.graph.ElementIds;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Commitment;
import org.maillage.model.coop.Committee;
import org.maillage.model.coop.Deliberation;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.RoleAssignment;
import org.maillage.model.coop.Territory;

/**
 * One element deleted from the diagram: checked first (nothing changes if any deletion is
 * refused), then run inside the change serializer's recording. A node goes with what refers
 * to it in this file (its roles, its place in lists, optional references); an actor declared in
 * another file (the referentiel) leaves the plan the same way, its declaration stays; a convention
 * keeps at least one party.
 */
final class Deletion {
    private final DiagramOperations operations;
    private final String id;

    Deletion(DiagramOperations operations, String id) {
        this.operations = operations;
        this.id = id;
    }

    Runnable prepare() throws Refusal {
        String[] names = ElementIds.names(id);
        switch (ElementIds.kind(id)) {
            case "actor" -> {
                NamedElement element = operations.named(id);
                checkParties(element);
                if (operations.lookup().isOwn(element)) {
                    return () -> removeWithUsages(element);
                }
                // Declared in another file (the referentiel): it leaves this plan, its declaration stays.
                Resource here = operations.plan().eResource();
                return () -> removeUsages(element, here);
            }
            case "territory" -> {
                NamedElement element = operations.named(id);
                operations.own(element);
                return () -> removeWithUsages(element);
            }
            case "convention", "action" -> {
                NamedElement element = operations.named(id);
                return () -> removeWithUsages(element);
            }
            case "function" -> {
                Action action = action(names[0]);
                return () -> RoleEdits.unassign(action, names[1], null);
            }
            case "role" -> {
                Action action = action(names[0]);
                Actor actor = operations.actor(ElementIds.of("actor", names[2]));
                return () -> RoleEdits.unassign(action, names[1], actor);
            }
            case "party" -> {
                Convention convention = operations.convention(ElementIds.of("convention", names[0]));
                Actor actor = operations.actor(ElementIds.of("actor", names[1]));
                if (convention.getParties().equals(List.of(actor))) {
                    throw lastParty(actor, convention);
                }
                return () -> convention.getParties().remove(actor);
            }
            case "overlap" -> {
                Territory territory = (Territory) operations.named(ElementIds.of("territory", names[0]));
                Territory other = (Territory) operations.named(ElementIds.of("territory", names[1]));
                operations.own(territory);
                return () -> territory.getOverlaps().remove(other);
            }
            default -> throw operations.notAllowed();
        }
    }

    private Action action(String name) throws Refusal {
        return operations.lookup().action(operations.plan(), name).orElseThrow(() -> operations.unknown(id));
    }

    private void checkParties(NamedElement element) throws Refusal {
        if (element instanceof Actor actor) {
            for (Convention convention : operations.plan().getConventions()) {
                if (convention.getParties().equals(List.of(actor))) {
                    throw lastParty(actor, convention);
                }
            }
        }
    }

    private Refusal lastParty(Actor actor, Convention convention) {
        return new Refusal(DiagramText.get(operations.locale(), "refused.lastParty", actor.getName(), convention.getName()));
    }

    /** Removes the references to the element from the elements of its own file, then the element. */
    private static void removeWithUsages(EObject element) {
        removeUsages(element, element.eResource());
        EcoreUtil.remove(element);
    }

    /** Removes the references to the element from the elements of one file. */
    private static void removeUsages(EObject element, Resource file) {
        Collection<Setting> usages = EcoreUtil.UsageCrossReferencer.find(element, file);
        for (Setting usage : List.copyOf(usages)) {
            EObject owner = usage.getEObject();
            if (usage.getEStructuralFeature().isMany()) {
                ((List<?>) usage.get(false)).remove(element);
                if (owner instanceof Committee committee && committee.getMembers().isEmpty()) {
                    EcoreUtil.remove(committee);
                }
            } else if (owner instanceof RoleAssignment group && owner.eContainer() instanceof FunctionAssignment entry) {
                entry.getRoles().remove(group);
                if (entry.getRoles().isEmpty()) {
                    EcoreUtil.remove(entry);
                }
            } else if (owner instanceof Commitment || owner instanceof Deliberation) {
                EcoreUtil.remove(owner);
            } else {
                usage.unset();
                if (usage.getEStructuralFeature() == CoopPackage.Literals.FUNDING__COUNTERPART) {
                    owner.eUnset(CoopPackage.Literals.FUNDING__COUNTERPART_AMOUNT);
                }
            }
        }
    }
}
