package org.maillage.vcs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maillage.model.coop.CoopPackage;
import org.maillage.vcs.internal.Delta;
import org.maillage.vcs.internal.FindingChanges;
import org.maillage.vcs.internal.RoleChanges;
import org.maillage.vcs.internal.TreeComparison;

/**
 * What changed between two versions of a model, by element and never by line: elements added,
 * removed or renamed, their attributes and references changed (every feature of the metamodel,
 * compared reflectively), who does what (roles per action, function and actor) and the findings of
 * the rule catalogue that appeared or disappeared. The order is stable: elements in the newer
 * version's order (removed ones first in their container), then roles, then findings.
 */
public final class SemanticDiff {

    private SemanticDiff() {
    }

    public static List<Change> compare(Version before, Version after, Locale locale) {
        List<Delta> deltas = TreeComparison.compare(before.coopFiles(), after.coopFiles(),
                feature -> feature == CoopPackage.Literals.ACTION__ASSIGNMENTS);
        Map<String, String> renames = TreeComparison.renames(deltas);
        List<Change> changes = new ArrayList<>();
        for (Delta delta : deltas) {
            changes.add(change(delta));
        }
        changes.addAll(RoleChanges.compare(before.coopFiles(), after.coopFiles(), renames));
        changes.addAll(FindingChanges.compare(before.coopFiles(), after.coopFiles(), locale));
        return changes;
    }

    private static Change change(Delta delta) {
        var element = delta.after() != null ? delta.after() : delta.before();
        String type = element.eClass().getName();
        return switch (delta.kind()) {
        case ADDED -> new Change(Change.Section.ELEMENT, Change.Kind.ADDED, type, delta.pathText(), null, "",
                delta.afterValue(), true);
        case REMOVED -> new Change(Change.Section.ELEMENT, Change.Kind.REMOVED, type, delta.pathText(), null,
                delta.beforeValue(), "", true);
        case RENAMED -> new Change(Change.Section.ELEMENT, Change.Kind.RENAMED, type, delta.pathText(), "name",
                delta.beforeValue(), delta.afterValue(), false);
        case CHANGED -> new Change(Change.Section.ELEMENT, Change.Kind.CHANGED, type, delta.pathText(),
                delta.feature().getName(), delta.beforeValue(), delta.afterValue(),
                delta.feature().getEType().getInstanceClass() == String.class);
        };
    }
}
