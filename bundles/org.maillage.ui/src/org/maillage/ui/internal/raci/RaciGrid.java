package org.maillage.ui.internal.raci;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.maillage.dsl.resource.WrittenNames;
import org.maillage.dsl.ui.SourceRange;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.FunctionAssignment;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.Severity;

/**
 * What the RACI matrix shows, computed away from the UI thread as plain values: one column per
 * actor (with its workload), and lines in source order: a plan line (across plans only), each
 * action, then its functions with each actor's roles and the findings reported on the entry.
 */
public record RaciGrid(String title, List<Column> columns, List<Line> lines) {

    public enum Kind {
        PLAN, ACTION, FUNCTION
    }

    /** An actor's column: its name in the text, its title, how many function lines it holds each role in. */
    public record Column(String actor, String title, Map<Role, Integer> workload) {

        /** The workload as shown under the title: {@code A 2 · R 3} (roles held at least once). */
        public String workloadText() {
            StringBuilder text = new StringBuilder();
            for (Role role : Raci.CELL_ORDER) {
                int count = workload.getOrDefault(role, 0);
                if (count > 0) {
                    text.append(text.isEmpty() ? "" : " · ").append(role.getLiteral()).append(' ').append(count);
                }
            }
            return text.toString();
        }
    }

    /** A finding of a line: its code, whether it is an error, its message. */
    public record LineFinding(String code, boolean error, String message) {
    }

    /**
     * A line of the matrix. Names are those of the text (for edits); {@code cells} follow the columns
     * (empty for plan and action lines); {@code source} is the file of the plan.
     */
    public record Line(Kind kind, URI source, String plan, String action, String function, String title, List<Set<Role>> cells,
            List<LineFinding> findings, SourceRange range, String theme, String territory, String level) {

        public int count(Role role) {
            return (int) cells.stream().filter(cell -> cell.contains(role)).count();
        }

        boolean hasError() {
            return findings.stream().anyMatch(LineFinding::error);
        }
    }

    /**
     * The grid of plans (one, or all those of a project in order), the project's findings attached to
     * their lines. {@code extraActors} are columns the user added (shown even without a role);
     * {@code pendingFunctions} are functions added to an action that have no role yet (action name to
     * function names).
     */
    static RaciGrid of(String title, List<Plan> plans, List<Finding> findings, List<Actor> extraActors,
            Map<String, List<Function>> pendingFunctions) {
        boolean crossPlan = plans.size() > 1;
        Set<Actor> actors = new LinkedHashSet<>();
        List<RaciMatrix> matrices = plans.stream().map(RaciMatrix::of).toList();
        matrices.forEach(matrix -> actors.addAll(matrix.actors()));
        actors.addAll(extraActors);
        List<Actor> columns = List.copyOf(actors);
        Map<EObject, List<LineFinding>> found = byTarget(findings);

        List<Line> lines = new ArrayList<>();
        for (RaciMatrix matrix : matrices) {
            Plan plan = matrix.plan();
            URI source = plan.eResource() == null ? null : plan.eResource().getURI();
            if (crossPlan) {
                lines.add(new Line(Kind.PLAN, source, plan.getName(), null, null, title(plan, plan), List.of(), List.of(),
                        SourceRange.of(plan), null, null, null));
            }
            Map<Action, List<RaciMatrix.Row>> byAction = new LinkedHashMap<>();
            plan.getActions().forEach(action -> byAction.put(action, new ArrayList<>()));
            matrix.rows().forEach(row -> byAction.get(row.action()).add(row));
            byAction.forEach((action, rows) -> {
                String territory = action.getTerritory() == null ? null : action.getTerritory().getName();
                lines.add(new Line(Kind.ACTION, source, plan.getName(), action.getName(), null, title(action, plan),
                        List.of(), found.getOrDefault(action, List.of()), SourceRange.of(action), action.getTheme(),
                        territory, null));
                Set<Function> shown = new LinkedHashSet<>();
                for (RaciMatrix.Row row : rows) {
                    shown.add(row.function());
                    List<Set<Role>> cells = columns.stream().map(row::roles).map(Set::copyOf).toList();
                    FunctionAssignment entry = Raci.firstEntry(action, row.function());
                    lines.add(functionLine(source, plan, action, row.function(), cells, entryFindings(action, row.function(), found),
                            SourceRange.of(entry), territory));
                }
                for (Function pending : pendingFunctions.getOrDefault(action.getName(), List.of())) {
                    if (pending != null && shown.stream().noneMatch(f -> f.getName().equals(pending.getName()))) {
                        lines.add(functionLine(source, plan, action, pending, columns.stream().map(a -> Set.<Role>of()).toList(),
                                List.of(), SourceRange.of(pending), territory));
                    }
                }
            });
        }
        return new RaciGrid(title, columns.stream().map(actor -> column(actor, lines, columns, plans.get(0))).toList(),
                List.copyOf(lines));
    }

    /** The lines the filter keeps: functions it accepts, and the actions and plans above them. */
    RaciGrid filter(MatrixFilter filter) {
        if (filter.isEmpty()) {
            return this;
        }
        int actorColumn = filter.actor() == null ? -1
                : columns.stream().map(Column::actor).toList().indexOf(filter.actor());
        List<Line> kept = new ArrayList<>();
        Line plan = null;
        Line action = null;
        for (Line line : lines) {
            switch (line.kind()) {
                case PLAN -> {
                    plan = line;
                    action = null;
                }
                case ACTION -> action = line;
                case FUNCTION -> {
                    if (filter.accepts(line, actorColumn)) {
                        if (plan != null) {
                            kept.add(plan);
                            plan = null;
                        }
                        if (action != null) {
                            kept.add(action);
                            action = null;
                        }
                        kept.add(line);
                    }
                }
            }
        }
        return new RaciGrid(title, columns, List.copyOf(kept));
    }

    private static Line functionLine(URI source, Plan plan, Action action, Function function, List<Set<Role>> cells,
            List<LineFinding> findings, SourceRange range, String territory) {
        String level = function == null || !function.isSetLevel() ? null : function.getLevel().getLiteral();
        String name = function == null ? "?" : function.getName();
        return new Line(Kind.FUNCTION, source, plan.getName(), action.getName(), name, title(function, plan), cells,
                findings, range, action.getTheme(), territory, level);
    }

    private static List<LineFinding> entryFindings(Action action, Function function, Map<EObject, List<LineFinding>> found) {
        List<LineFinding> list = new ArrayList<>();
        for (FunctionAssignment entry : action.getAssignments()) {
            if (entry.getFunction() == function) {
                for (LineFinding finding : found.getOrDefault(entry, List.of())) {
                    if (!list.contains(finding)) {
                        list.add(finding);
                    }
                }
            }
        }
        return List.copyOf(list);
    }

    private static Map<EObject, List<LineFinding>> byTarget(List<Finding> findings) {
        Map<EObject, List<LineFinding>> map = new IdentityHashMap<>();
        for (Finding finding : findings) {
            EObject target = finding.target();
            while (target != null && !(target instanceof FunctionAssignment) && !(target instanceof Action)) {
                target = target.eContainer();
            }
            if (target != null) {
                map.computeIfAbsent(target, t -> new ArrayList<>())
                        .add(new LineFinding(finding.code(), finding.severity() == Severity.ERROR, finding.message()));
            }
        }
        return map;
    }

    private static Column column(Actor actor, List<Line> lines, List<Actor> columns, Plan plan) {
        int index = columns.indexOf(actor);
        Map<Role, Integer> workload = new EnumMap<>(Role.class);
        lines.stream().filter(line -> line.kind() == Kind.FUNCTION)
                .forEach(line -> line.cells().get(index).forEach(role -> workload.merge(role, 1, Integer::sum)));
        return new Column(actor.getName() != null ? actor.getName() : WrittenNames.of(actor, plan), title(actor, plan),
                workload);
    }

    /** The title, else the name; an unresolved element shows as written in the text. */
    static String title(NamedElement element, Plan plan) {
        if (element == null) {
            return "?";
        }
        return element.getTitle() == null || element.getTitle().isBlank() ? WrittenNames.of(element, plan)
                : element.getTitle();
    }

    /** The cell text: the role letters in the order A, R, S, C, I. */
    public static String cell(Set<Role> roles) {
        return Raci.cell(roles);
    }
}
