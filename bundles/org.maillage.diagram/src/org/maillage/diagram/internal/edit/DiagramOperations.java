package org.maillage.diagram.internal.edit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.maillage.diagram.TextEdit;
import org.maillage.diagram.internal.DiagramText;
import org.maillage.diagram.internal.graph.ElementIds;
import org.maillage.diagram.internal.graph.ElementTypes;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.ActorKind;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.ConventionKind;
import org.maillage.model.coop.CoopFactory;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.coop.Territory;
import org.maillage.model.coop.TerritoryKind;
import org.maillage.model.services.Raci;

/**
 * What the diagram's palette and editing gestures do to the model, each change returned as
 * the smallest edits of the document's text. Elements are named by their diagram ids; an
 * element declared in another file of the folder is shown but not changed (the user is told
 * where it is). A text with a syntax error is not changed.
 */
public final class DiagramOperations {
    private static final CoopFactory FACTORY = CoopFactory.eINSTANCE;

    private final LoadedModel model;
    private final CoopFile file;
    private final Plan plan;
    private final Locale locale;
    private final ModelLookup lookup;

    private DiagramOperations(LoadedModel model, CoopFile file, Plan plan, Locale locale) {
        this.model = model;
        this.file = file;
        this.plan = plan;
        this.locale = locale;
        this.lookup = new ModelLookup(model);
    }

    public static DiagramOperations on(LoadedModel model, String planName, Locale locale) throws Refusal {
        if (model.hasSyntaxErrors()) {
            throw new Refusal(DiagramText.get(locale, "refused.syntax"));
        }
        Plan plan = model.plan(planName).orElseThrow(() -> new Refusal(DiagramText.get(locale, "refused.unknown", planName)));
        return new DiagramOperations(model, (CoopFile) plan.eContainer(), plan, locale);
    }

    /** A new actor, in the territory it is dropped in (it covers it), partner of the plan. */
    public Created createActor(String containerId) throws Refusal {
        Optional<Territory> territory = territoryOf(containerId);
        Actor actor = FACTORY.createActor();
        actor.setName(lookup.freeName("NouvelActeur"));
        actor.setTitle(DiagramText.get(locale, "new.actor"));
        actor.setKind(ActorKind.PUBLIC);
        return new Created(ModelEditor.edits(model, () -> {
            territory.ifPresent(actor.getCovers()::add);
            file.getActors().add(actor);
            plan.getPartners().add(actor);
        }), ElementIds.of("actor", actor.getName()));
    }

    /** A new territory, within the territory it is dropped in. */
    public Created createTerritory(String containerId) throws Refusal {
        Optional<Territory> within = territoryOf(containerId);
        Territory territory = FACTORY.createTerritory();
        territory.setName(lookup.freeName("NouveauTerritoire"));
        territory.setTitle(DiagramText.get(locale, "new.territory"));
        territory.setKind(TerritoryKind.AREA);
        return new Created(ModelEditor.edits(model, () -> {
            within.ifPresent(territory::setWithin);
            file.getTerritories().add(territory);
        }), ElementIds.of("territory", territory.getName()));
    }

    public Created createAction() {
        Action action = FACTORY.createAction();
        action.setName(lookup.freeName("NouvelleAction"));
        action.setTitle(DiagramText.get(locale, "new.action"));
        return new Created(ModelEditor.edits(model, () -> plan.getActions().add(action)), ElementIds.of("action", action.getName()));
    }

    /** A new function declared in the file, to be shown in the action it was dropped in until it has a role there. */
    public Created createFunction(String actionId) throws Refusal {
        if (!"action".equals(ElementIds.kind(actionId))) {
            throw new Refusal(DiagramText.get(locale, "refused.functionOutsideAction"));
        }
        Action action = lookup.action(plan, ElementIds.names(actionId)[0]).orElseThrow(() -> unknown(actionId));
        Function function = FACTORY.createFunction();
        function.setName(lookup.freeName("NouvelleFonction"));
        function.setTitle(DiagramText.get(locale, "new.function"));
        return new Created(ModelEditor.edits(model, () -> file.getFunctions().add(function)),
                ElementIds.of("function", action.getName(), function.getName()));
    }

    /** A link drawn from {@code sourceId} to {@code targetId} with the palette's tool {@code type}. */
    public List<TextEdit> connect(String type, String sourceId, String targetId) throws Refusal {
        if (ElementTypes.NEW_CONVENTION.equals(type)) {
            Actor first = actor(sourceId);
            Actor second = actor(targetId);
            Convention convention = FACTORY.createConvention();
            convention.setName(lookup.freeName("NouvelleConvention"));
            convention.setTitle(DiagramText.get(locale, "new.convention"));
            convention.setKind(ConventionKind.PARTNERSHIP);
            return ModelEditor.edits(model, () -> {
                convention.getParties().add(first);
                if (second != first) {
                    convention.getParties().add(second);
                }
                plan.getConventions().add(convention);
            });
        }
        if (ElementTypes.PARTY.equals(type)) {
            Actor party = actor(sourceId);
            Convention convention = convention(targetId);
            if (convention.getParties().contains(party)) {
                return List.of();
            }
            return ModelEditor.edits(model, () -> convention.getParties().add(party));
        }
        if (type.startsWith(ElementTypes.ROLE + ":")) {
            Role role = Role.get(type.substring(ElementTypes.ROLE.length() + 1));
            Actor actor = actor(sourceId);
            String[] names = ElementIds.names(targetId);
            if (role == null || names.length != 2 || !"function".equals(ElementIds.kind(targetId))) {
                throw notAllowed();
            }
            Action action = lookup.action(plan, names[0]).orElseThrow(() -> unknown(targetId));
            Function function = lookup.function(names[1]).orElseThrow(() -> unknown(targetId));
            return ModelEditor.edits(model, () -> RoleEdits.assign(action, function, actor, role));
        }
        throw notAllowed();
    }

    /**
     * Sets an actor's roles on a function of an action (the RACI matrix's cell): the letters of its
     * entry change in place; none removes it. No edit when the roles are already those.
     */
    public List<TextEdit> setRoles(String actionName, String functionName, String actorName, Set<Role> roles)
            throws Refusal {
        Action action = lookup.action(plan, actionName).orElseThrow(() -> unknown(ElementIds.of("action", actionName)));
        Function function = lookup.function(functionName)
                .orElseThrow(() -> unknown(ElementIds.of("function", actionName, functionName)));
        Actor actor = lookup.actor(actorName).orElseThrow(() -> unknown(ElementIds.of("actor", actorName)));
        if (Raci.cells(action).getOrDefault(function, Map.of())
                .getOrDefault(actor, Set.of()).equals(roles)) {
            return List.of();
        }
        return ModelEditor.edits(model, () -> RoleEdits.set(action, function, actor, roles));
    }

    /** Changes the title of the element a label belongs to. */
    public List<TextEdit> setTitle(String elementId, String title) throws Refusal {
        if (title == null || title.isBlank()) {
            throw new Refusal(DiagramText.get(locale, "refused.emptyTitle"));
        }
        NamedElement element = named(elementId);
        own(element);
        return ModelEditor.edits(model, () -> element.setTitle(title.strip()));
    }

    /** Deletes the elements; links are removed from the text, nodes with what refers to them in this file. */
    public List<TextEdit> delete(List<String> ids) throws Refusal {
        List<Runnable> deletions = new java.util.ArrayList<>();
        for (String id : ids) {
            deletions.add(new Deletion(this, id).prepare());
        }
        return ModelEditor.edits(model, () -> deletions.forEach(Runnable::run));
    }

    Plan plan() {
        return plan;
    }

    ModelLookup lookup() {
        return lookup;
    }

    Locale locale() {
        return locale;
    }

    Actor actor(String id) throws Refusal {
        if (!"actor".equals(ElementIds.kind(id))) {
            throw notAllowed();
        }
        return lookup.actor(ElementIds.names(id)[0]).orElseThrow(() -> unknown(id));
    }

    Convention convention(String id) throws Refusal {
        if (!"convention".equals(ElementIds.kind(id))) {
            throw notAllowed();
        }
        return lookup.convention(plan, ElementIds.names(id)[0]).orElseThrow(() -> unknown(id));
    }

    NamedElement named(String id) throws Refusal {
        String[] names = ElementIds.names(id);
        Optional<? extends NamedElement> found = switch (ElementIds.kind(id)) {
            case "actor" -> lookup.actor(names[0]);
            case "territory" -> lookup.territory(names[0]);
            case "convention" -> lookup.convention(plan, names[0]);
            case "action" -> lookup.action(plan, names[0]);
            case "function" -> lookup.function(names[names.length - 1]);
            default -> throw notAllowed();
        };
        return found.orElseThrow(() -> unknown(id));
    }

    void own(NamedElement element) throws Refusal {
        if (!lookup.isOwn(element)) {
            EObject root = element.eResource() == null ? null : element.eResource().getContents().get(0);
            String where = root == null ? "?" : root.eResource().getURI().lastSegment();
            throw new Refusal(DiagramText.get(locale, "refused.notOwn", element.getName(), where));
        }
    }

    Refusal notAllowed() {
        return new Refusal(DiagramText.get(locale, "refused.notAllowed"));
    }

    Refusal unknown(String id) {
        return new Refusal(DiagramText.get(locale, "refused.unknown", id));
    }

    private Optional<Territory> territoryOf(String containerId) throws Refusal {
        if (containerId == null || !"territory".equals(ElementIds.kind(containerId))) {
            return Optional.empty();
        }
        return Optional.of(lookup.territory(ElementIds.names(containerId)[0]).orElseThrow(() -> unknown(containerId)));
    }
}
