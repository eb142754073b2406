package org.maillage.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.XtextResource;
import org.maillage.dsl.load.CoopModel;
import org.maillage.importer.internal.EntryEdits;
import org.maillage.importer.internal.SheetMatcher;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.vcs.internal.ChangeApplier;

/**
 * The roles a sheet gives to an existing model, by identifier: each (action, function) row and
 * structure column of the sheet is matched to the model's action, function and actor (by
 * identifier, else by title), and the roles of the sheet's cells replace the model's for them.
 * Nothing else changes: roles of structures or rows the sheet does not hold, financing,
 * conventions, comments, layout. {@link #edits()} is the preview; {@link #apply()} gives the new
 * texts of the changed files, written with the language's change serializer (only the changed
 * entries are printed again).
 */
public final class ModelUpdate {

    private record Planned(RoleEdit edit, Action action, Function function, Actor actor) {
    }

    private final CoopModel model;
    private final List<Planned> planned;
    private final List<ImportFinding> findings;

    private ModelUpdate(CoopModel model, List<Planned> planned, List<ImportFinding> findings) {
        this.model = model;
        this.planned = planned;
        this.findings = findings;
    }

    /** Matches the sheet to the model (which must have no syntax or reference error) and lists the changes. */
    public static ModelUpdate propose(RoleSheet sheet, CoopModel model, Locale locale) {
        SheetMatcher matcher = new SheetMatcher(sheet, model.files(), locale);
        List<Planned> planned = new ArrayList<>();
        for (RoleSheet.Row row : sheet.rows()) {
            Action action = matcher.action(row);
            Function function = action == null ? null : matcher.function(row, action);
            if (function == null) {
                continue;
            }
            Map<Actor, Set<Role>> cells = Raci.cells(action).getOrDefault(function, Map.of());
            for (RoleSheet.Column column : sheet.actors()) {
                Actor actor = matcher.actor(column);
                Set<Role> after = row.roles().get(column.index());
                if (actor == null || after == null) {
                    continue;
                }
                Set<Role> before = cells.getOrDefault(actor, Set.of());
                if (!before.equals(after)) {
                    Plan plan = (Plan) action.eContainer();
                    planned.add(new Planned(new RoleEdit(plan.getName(), action.getName(), function.getName(),
                            actor.getName(), before, after, sheet.sheet(), column.letters() + row.row()), action,
                            function, actor));
                }
            }
        }
        List<ImportFinding> findings = new ArrayList<>(sheet.findings());
        findings.addAll(matcher.findings());
        return new ModelUpdate(model, planned, findings);
    }

    /** The changes, in the sheet's order. */
    public List<RoleEdit> edits() {
        return planned.stream().map(Planned::edit).toList();
    }

    /** What could not be matched or read, the sheet's findings first. */
    public List<ImportFinding> findings() {
        return Collections.unmodifiableList(findings);
    }

    /**
     * The new text of each file the changes touch (the file's decoded text, without byte order
     * mark; line breaks as the serializer writes them), in the model's file order. The model's
     * objects are changed: apply once.
     */
    public Map<Path, String> apply() {
        Map<Resource, List<Planned>> byResource = new LinkedHashMap<>();
        for (Planned p : planned) {
            byResource.computeIfAbsent(p.action().eResource(), r -> new ArrayList<>()).add(p);
        }
        Map<Path, String> texts = new LinkedHashMap<>();
        if (byResource.isEmpty()) {
            return texts;
        }
        XtextResource any = (XtextResource) byResource.keySet().iterator().next();
        IChangeSerializer serializer = any.getResourceServiceProvider().get(IChangeSerializer.class);
        serializer.setUpdateRelatedFiles(false);
        serializer.setUpdateCrossReferences(false);
        byResource.forEach((resource, edits) -> serializer.addModification(resource,
                r -> edits.forEach(p -> EntryEdits.set(p.action(), p.function(), p.actor(), p.edit().after()))));
        Map<Resource, List<ITextReplacement>> replacements = new LinkedHashMap<>();
        serializer.applyModifications(change -> {
            if (change instanceof ITextDocumentChange document) {
                replacements.computeIfAbsent(document.getResource(), r -> new ArrayList<>())
                        .addAll(document.getReplacements());
            }
        });
        for (Map.Entry<Path, XtextResource> file : model.parsed().entrySet()) {
            List<ITextReplacement> own = replacements.get(file.getValue());
            if (own != null && !own.isEmpty()) {
                texts.put(file.getKey(), ChangeApplier.replace(file.getValue().getParseResult().getRootNode().getText(), own));
            }
        }
        return texts;
    }
}
