package org.maillage.ui.internal.raci;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;
import org.maillage.model.services.Workload;
import org.maillage.dsl.resource.WrittenNames;
import org.maillage.dsl.ui.SourceRange;

/**
 * What the RACI view shows of a plan, computed away from the UI thread: one row per action and
 * function with each actor's roles, where each row is written, and one workload line per role.
 */
record RaciTable(String title, List<String> actors, List<Row> rows, List<Footer> workload) {

    /** An (action, function) row: its titles, the roles of each actor (column order), its entry's text. */
    record Row(String action, String function, List<Set<Role>> cells, SourceRange source) {
    }

    /** One workload line: how many rows each actor holds the role in. */
    record Footer(Role role, List<Integer> counts) {
    }

    static RaciTable of(Plan plan) {
        RaciMatrix matrix = RaciMatrix.of(plan);
        List<String> actors = matrix.actors().stream().map(actor -> title(actor, plan)).toList();
        List<Row> rows = new ArrayList<>();
        for (RaciMatrix.Row row : matrix.rows()) {
            List<Set<Role>> cells = matrix.actors().stream().map(row::roles).toList();
            rows.add(new Row(title(row.action(), plan), title(row.function(), plan), cells,
                    SourceRange.of(Raci.firstEntry(row.action(), row.function()))));
        }
        List<Workload> loads = matrix.actors().stream().map(actor -> Workload.of(matrix, actor)).toList();
        List<Footer> workload = Raci.CELL_ORDER.stream()
                .map(role -> new Footer(role, loads.stream().map(load -> load.count(role)).toList())).toList();
        return new RaciTable(title(plan, plan), actors, rows, workload);
    }

    /** The cell text: the role letters in the order A, R, S, C, I. */
    static String cell(Set<Role> roles) {
        return Raci.cell(roles);
    }

    /** The role whose colour fills a cell: the first of A, R, S, C, I it holds. */
    static Role colourRole(Set<Role> roles) {
        return Raci.CELL_ORDER.stream().filter(roles::contains).findFirst().orElse(null);
    }

    /** The title, else the name; an unresolved actor shows as written in the text. */
    private static String title(NamedElement element, Plan plan) {
        if (element == null) {
            return "?";
        }
        return element.getTitle() == null || element.getTitle().isBlank() ? WrittenNames.of(element, plan)
                : element.getTitle();
    }
}
