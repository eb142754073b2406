package org.maillage.generator.raci.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.maillage.generator.sheet.SheetCell;
import org.maillage.generator.sheet.SheetTable;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;
import org.maillage.model.services.Workload;
import org.maillage.model.validation.Finding;

/**
 * The sheets of a spreadsheet matrix, shared by the XLSX and ODS outputs: the matrix (titles,
 * role letters filled with the colour of their first role; under each action's title, its
 * facts), the workload per actor, the workload across all plans, and the health check. Each
 * sheet opens with the title, the period and the legend.
 */
final class SheetLayout {

    private SheetLayout() {
    }

    static List<SheetTable> sheets(RaciMatrix matrix, List<RaciMatrix> allPlans, List<Convention> conventions,
            List<Finding> findings, Locale locale) {
        List<String> heading = List.of(RaciText.get(locale, "html.title", text(matrix.plan().getTitle())),
                RaciText.get(locale, "html.period", String.valueOf(matrix.plan().getFromYear()),
                        String.valueOf(matrix.plan().getToYear())),
                RaciText.get(locale, "html.legendLine"));
        return List.of(matrix(matrix, conventions, heading, locale), workload(matrix, heading, locale),
                allPlans(allPlans, heading, locale), health(findings, heading, locale));
    }

    private static SheetTable matrix(RaciMatrix matrix, List<Convention> conventions, List<String> heading,
            Locale locale) {
        List<String> header = new ArrayList<>(List.of(RaciText.get(locale, "html.action"),
                RaciText.get(locale, "html.function")));
        matrix.actors().forEach(actor -> header.add(text(actor.getTitle())));
        List<List<SheetCell>> rows = new ArrayList<>();
        Object previous = null;
        for (RaciMatrix.Row row : matrix.rows()) {
            boolean first = row.action() != previous;
            previous = row.action();
            String action = text(row.action().getTitle());
            if (first) {
                List<String> facts = ActionFacts.of(row.action(), conventions, locale);
                action = facts.isEmpty() ? action : action + "\n" + String.join("\n", facts);
            }
            List<SheetCell> cells = new ArrayList<>(List.of(first ? SheetCell.bold(action) : SheetCell.text(action),
                    SheetCell.text(row.function() == null ? "" : row.function().getTitle())));
            for (Actor actor : matrix.actors()) {
                String cell = Raci.cell(row.roles(actor));
                Role role = colouring(cell);
                cells.add(role == null ? SheetCell.text(cell) : SheetCell.filled(cell, Raci.COLOURS.get(role)));
            }
            rows.add(cells);
        }
        List<Integer> widths = new ArrayList<>(List.of(40, 24));
        matrix.actors().forEach(actor -> widths.add(16));
        return new SheetTable(RaciText.get(locale, "sheet.matrix"), heading, header, rows, widths, 2);
    }

    private static SheetTable workload(RaciMatrix matrix, List<String> heading, Locale locale) {
        List<String> header = new ArrayList<>(List.of(RaciText.get(locale, "html.actor")));
        Raci.CELL_ORDER.forEach(role -> header.add(role.getLiteral()));
        header.add(RaciText.get(locale, "html.political"));
        header.add(RaciText.get(locale, "html.technical"));
        List<List<SheetCell>> rows = new ArrayList<>();
        for (Actor actor : matrix.actors()) {
            Workload workload = Workload.of(matrix, actor);
            List<SheetCell> cells = new ArrayList<>(List.of(SheetCell.text(actor.getTitle())));
            Raci.CELL_ORDER.forEach(role -> cells.add(SheetCell.number(workload.count(role))));
            cells.add(SheetCell.number(workload.political()));
            cells.add(SheetCell.number(workload.technical()));
            rows.add(cells);
        }
        return new SheetTable(RaciText.get(locale, "sheet.workload"), heading, header, rows,
                List.of(40, 8, 8, 8, 8, 8, 16, 16), 1);
    }

    private static SheetTable allPlans(List<RaciMatrix> allPlans, List<String> heading, Locale locale) {
        AllPlansWorkload workload = new AllPlansWorkload(allPlans);
        List<String> header = new ArrayList<>(List.of(RaciText.get(locale, "html.actor")));
        for (RaciMatrix matrix : allPlans) {
            header.add(text(matrix.plan().getTitle()) + " – A");
            header.add(text(matrix.plan().getTitle()) + " – R");
        }
        List<List<SheetCell>> rows = new ArrayList<>();
        for (Actor actor : workload.actors()) {
            List<SheetCell> cells = new ArrayList<>(List.of(SheetCell.text(actor.getTitle())));
            for (RaciMatrix matrix : allPlans) {
                cells.add(SheetCell.number(workload.count(matrix, actor, Role.A)));
                cells.add(SheetCell.number(workload.count(matrix, actor, Role.R)));
            }
            rows.add(cells);
        }
        List<String> title = List.of(heading.get(0), RaciText.get(locale, "html.allPlans"));
        return new SheetTable(RaciText.get(locale, "sheet.allPlans"), title, header, rows, List.of(40), 1);
    }

    private static SheetTable health(List<Finding> findings, List<String> heading, Locale locale) {
        List<List<SheetCell>> rows = findings.stream().map(f -> List.of(SheetCell.text(FindingPlaces.row(f)),
                SheetCell.text(f.code()), SheetCell.text(f.message() + (f.hint() == null ? "" : "\n" + f.hint()))))
                .collect(Collectors.toList());
        List<String> title = List.of(heading.get(0), findings.isEmpty() ? RaciText.get(locale, "html.healthy")
                : RaciText.get(locale, "html.healthAll"));
        return new SheetTable(RaciText.get(locale, "sheet.health"), title, List.of(RaciText.get(locale, "html.where"),
                RaciText.get(locale, "html.code"), RaciText.get(locale, "html.message")), rows, List.of(40, 20, 80), 1);
    }

    /** The role that colours a cell like "A/R": its first letter, or null for an empty cell. */
    static Role colouring(String cell) {
        return cell.isEmpty() ? null : Role.get(cell.substring(0, 1));
    }

    private static String text(String title) {
        return title == null ? "" : title;
    }
}
