package org.maillage.importer.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.maillage.importer.ImportFinding;
import org.maillage.importer.ImportFinding.Severity;
import org.maillage.importer.RoleSheet;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Plan;

/**
 * Finds the model's elements a sheet names: by identifier, else by title, else by title without
 * accents, case or punctuation. Actions with the same title (the RACI generator repeats a title on
 * each row of its action) are taken in source order within the plan the sheet matches best, so
 * that the sheet's third "Vélo" row group is the plan's third "Vélo" action. What cannot be found,
 * or not told apart, is reported once and left out.
 */
public final class SheetMatcher {

    private final Locale locale;
    private final String sheetName;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Function> functions = new ArrayList<>();
    private final List<Action> actions = new ArrayList<>();
    private final Map<Integer, Actor> actorOfColumn = new HashMap<>();
    private final Map<Integer, Action> actionOfGroup = new HashMap<>();
    private final Set<Action> used = new HashSet<>();
    private final Set<Integer> reportedGroups = new HashSet<>();
    private final Set<String> reportedFunctions = new HashSet<>();
    private final List<ImportFinding> findings = new ArrayList<>();
    private final Plan plan;

    public SheetMatcher(RoleSheet sheet, List<CoopFile> files, Locale locale) {
        this.locale = locale;
        this.sheetName = sheet.sheet();
        for (CoopFile file : files) {
            file.eAllContents().forEachRemaining(o -> {
                if (o instanceof Actor a) {
                    actors.add(a);
                } else if (o instanceof Function f) {
                    functions.add(f);
                } else if (o instanceof Action a) {
                    actions.add(a);
                }
            });
        }
        for (RoleSheet.Column column : sheet.actors()) {
            List<Actor> found = find(actors, column.header(), null);
            if (found.size() == 1) {
                actorOfColumn.put(column.index(), found.get(0));
            } else {
                report(column.headerCell(), found.isEmpty() ? "finding.unknownActor" : "finding.ambiguousActor",
                        column.header());
            }
        }
        this.plan = bestPlan(sheet);
    }

    public List<ImportFinding> findings() {
        return findings;
    }

    /** The actor of a structure column, or null (reported). */
    public Actor actor(RoleSheet.Column column) {
        return actorOfColumn.get(column.index());
    }

    /** The action of a row's group, or null (reported once per group). */
    public Action action(RoleSheet.Row row) {
        if (actionOfGroup.containsKey(row.group())) {
            return actionOfGroup.get(row.group());
        }
        List<Action> found = find(actions, row.action(), a -> !used.contains(a));
        List<Action> inPlan = found.stream().filter(a -> a.eContainer() == plan).toList();
        Action action = found.isEmpty() ? null : inPlan.isEmpty() ? found.get(0) : inPlan.get(0);
        actionOfGroup.put(row.group(), action);
        if (action == null && reportedGroups.add(row.group())) {
            report(row.actionCell(), "finding.unknownAction", row.action());
        }
        if (action != null) {
            used.add(action);
        }
        return action;
    }

    /** The function of a row: among those of the action's entries first, then all; or null (reported). */
    public Function function(RoleSheet.Row row, Action action) {
        List<Function> ofAction = action.getAssignments().stream().map(FunctionAssignment::getFunction)
                .filter(f -> f != null).distinct().toList();
        List<Function> found = find(ofAction, row.function(), null);
        if (found.isEmpty()) {
            found = find(functions, row.function(), null);
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (reportedFunctions.add(row.function())) {
            report(row.functionCell(), found.isEmpty() ? "finding.unknownFunction" : "finding.ambiguousFunction",
                    row.function());
        }
        return null;
    }

    /**
     * The plan the sheet is about, where same-titled actions are looked for first: the one its
     * heading names (the RACI generator's "Matrice RACI – title"), else the one holding most of its
     * actions (by title).
     */
    private Plan bestPlan(RoleSheet sheet) {
        if (sheet.title() != null) {
            List<Plan> plans = actions.stream().map(a -> (Plan) a.eContainer()).distinct().toList();
            List<Plan> named = find(plans, sheet.title(), null);
            if (named.size() == 1) {
                return named.get(0);
            }
        }
        Map<Plan, Integer> score = new LinkedHashMap<>();
        Set<Integer> groups = new HashSet<>();
        for (RoleSheet.Row row : sheet.rows()) {
            if (groups.add(row.group())) {
                find(actions, row.action(), null).stream().map(a -> (Plan) a.eContainer()).distinct()
                        .forEach(p -> score.merge(p, 1, Integer::sum));
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** The elements a sheet's text names: by identifier; else by title; else loosely; in source order. */
    private static <T extends NamedElement> List<T> find(List<T> elements, String text, Predicate<T> available) {
        Predicate<T> free = available == null ? e -> true : available;
        List<T> byId = elements.stream().filter(e -> text.equals(e.getName())).toList();
        if (!byId.isEmpty()) {
            return byId.stream().filter(free).toList();
        }
        List<T> byTitle = elements.stream().filter(e -> text.equals(title(e))).filter(free).toList();
        if (!byTitle.isEmpty() || elements.stream().anyMatch(e -> text.equals(title(e)))) {
            return byTitle;
        }
        String loose = Titles.loose(text);
        return elements.stream().filter(e -> !loose.isEmpty()
                && (loose.equals(Titles.loose(title(e))) || loose.equals(Titles.loose(e.getName())))).filter(free)
                .toList();
    }

    private static String title(NamedElement element) {
        return element.getTitle() == null ? "" : Titles.clean(element.getTitle());
    }

    private void report(String cell, String key, String text) {
        findings.add(new ImportFinding(Severity.ERROR, key.replace("finding.", "IMPORT-").replaceAll("([a-z])([A-Z])",
                "$1-$2").toUpperCase(Locale.ROOT), sheetName, cell, ImportMessages.get(locale, key, text),
                ImportMessages.get(locale, key + ".hint")));
    }
}
