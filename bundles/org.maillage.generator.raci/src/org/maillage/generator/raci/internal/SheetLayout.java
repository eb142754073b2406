package org.maillage.generator.raci.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maillage.generator.Markup;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;
import org.maillage.model.services.Workload;

/**
 * The two sheets of a spreadsheet matrix, as rows of text, shared by the XLSX and ODS writers:
 * the matrix (titles, role letters) and the workload per actor. Which role colours a cell is the
 * first of A, R, S, C, I it holds.
 */
final class SheetLayout {

    private SheetLayout() {
    }

    static String matrixName(Locale locale) {
        return RaciText.get(locale, "sheet.matrix");
    }

    static String workloadName(Locale locale) {
        return RaciText.get(locale, "sheet.workload");
    }

    static List<String> matrixHeader(RaciMatrix matrix, Locale locale) {
        List<String> header = new ArrayList<>(List.of(RaciText.get(locale, "html.action"),
                RaciText.get(locale, "html.function")));
        matrix.actors().forEach(actor -> header.add(text(actor.getTitle())));
        return header;
    }

    static List<List<String>> matrixRows(RaciMatrix matrix) {
        List<List<String>> rows = new ArrayList<>();
        for (RaciMatrix.Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>(List.of(text(row.action().getTitle()),
                    row.function() == null ? "" : text(row.function().getTitle())));
            for (Actor actor : matrix.actors()) {
                cells.add(Raci.cell(row.roles(actor)));
            }
            rows.add(cells);
        }
        return rows;
    }

    static List<String> workloadHeader(Locale locale) {
        List<String> header = new ArrayList<>(List.of(RaciText.get(locale, "html.actor")));
        Raci.CELL_ORDER.forEach(role -> header.add(role.getLiteral()));
        header.add(RaciText.get(locale, "html.political"));
        header.add(RaciText.get(locale, "html.technical"));
        return header;
    }

    static List<List<Object>> workloadRows(RaciMatrix matrix) {
        List<List<Object>> rows = new ArrayList<>();
        for (Actor actor : matrix.actors()) {
            Workload workload = Workload.of(matrix, actor);
            List<Object> cells = new ArrayList<>(List.of(text(actor.getTitle())));
            Raci.CELL_ORDER.forEach(role -> cells.add(workload.count(role)));
            cells.add(workload.political());
            cells.add(workload.technical());
            rows.add(cells);
        }
        return rows;
    }

    /** The role that colours a cell like "A/R": its first letter, or null for an empty cell. */
    static Role colouring(String cell) {
        return cell.isEmpty() ? null : Role.get(cell.substring(0, 1));
    }

    /** Excel's limit of characters in one cell (POI refuses more); LibreOffice follows it too. */
    static final int MAX_CELL_TEXT = 32_767;

    /**
     * A title as a cell text: characters XML forbids become spaces; cut with an ellipsis at the
     * cell limit, never inside a surrogate pair.
     */
    static String text(String title) {
        String value = Markup.xmlText(title);
        if (value.length() <= MAX_CELL_TEXT) {
            return value;
        }
        int end = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "\u2026";
    }
}
