package org.maillage.generator.finance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.maillage.generator.sheet.SheetCell;
import org.maillage.generator.sheet.SheetTable;
import org.maillage.model.coop.FundingSource;

/**
 * The financing plan as the two sheets of a spreadsheet, for the XLSX and ODS writers: the plan
 * (one row per action, then the totals per source) and the totals per funder. Amounts and
 * percentages are numbers; titles and findings are text cells.
 */
final class FinanceSheets {

    private FinanceSheets() {
    }

    static List<SheetTable> of(FinanceTable table, FinanceText text) {
        List<String> heading = List.of(text.get("title", FinanceText.text(table.plan.getTitle())),
                text.get("period", String.valueOf(table.plan.getFromYear()), String.valueOf(table.plan.getToYear())),
                text.get("legend.sheet"));
        return List.of(plan(table, text, heading), funders(table, text, heading.subList(0, 2)));
    }

    private static SheetTable plan(FinanceTable table, FinanceText text, List<String> heading) {
        List<String> header = new ArrayList<>(List.of(text.get("col.action"), text.get("col.owner"),
                text.get("col.expenditure"), text.get("col.cost"), text.get("col.eligible")));
        List<Integer> widths = new ArrayList<>(List.of(30, 20, 12, 10, 10));
        for (FundingSource source : table.sources) {
            header.add(text.label(source));
            header.add(text.get("col.share", text.label(source)));
            widths.addAll(List.of(10, 8));
        }
        header.addAll(List.of(text.get("col.counterparts"), text.get("col.share", text.get("col.counterparts")),
                text.get("col.total"), text.get("col.public"), text.get("col.ownShare"), text.get("col.ownRate"),
                text.get("col.line"), text.get("col.findings")));
        widths.addAll(List.of(10, 8, 10, 10, 10, 10, 10, 36));

        List<List<SheetCell>> rows = new ArrayList<>();
        for (FinanceTable.Row row : table.rows) {
            List<SheetCell> cells = new ArrayList<>(List.of(SheetCell.text(row.action().getTitle()),
                    SheetCell.text(text.title(row.owner())), SheetCell.text(text.label(row.expenditure())),
                    SheetCell.number(row.cost()), SheetCell.number(row.eligible())));
            for (FundingSource source : table.sources) {
                BigDecimal amount = row.bySource().get(source);
                cells.add(SheetCell.number(amount));
                cells.add(percent(amount == null ? null : row.shareOfCost(amount)));
            }
            cells.add(SheetCell.number(row.counterparts()));
            cells.add(percent(row.shareOfCost(row.counterparts())));
            cells.add(SheetCell.number(row.total()));
            cells.add(SheetCell.number(row.publicFunding()));
            cells.add(row.owner() == null ? SheetCell.empty() : SheetCell.number(row.ownShare()));
            cells.add(percent(row.ownRate()));
            String line = text.get("line." + row.line().name());
            cells.add(row.line() == FinanceTable.Line.BELOW ? SheetCell.bold(line) : SheetCell.text(line));
            cells.add(SheetCell.text(row.findings().stream()
                    .map(f -> f.code() + " : " + f.message() + (f.hint() == null ? "" : " (" + f.hint() + ")"))
                    .collect(Collectors.joining("\n"))));
            rows.add(cells);
        }
        List<SheetCell> total = new ArrayList<>(List.of(SheetCell.bold(text.get("row.total")), SheetCell.empty(),
                SheetCell.empty(), SheetCell.number(table.totalCost()), SheetCell.number(table.totalEligible())));
        for (FundingSource source : table.sources) {
            total.add(SheetCell.number(table.totalOf(source)));
            total.add(percent(FinanceTable.percent(table.totalOf(source), table.totalCost())));
        }
        total.add(SheetCell.number(table.totalCounterparts()));
        total.add(percent(FinanceTable.percent(table.totalCounterparts(), table.totalCost())));
        total.add(SheetCell.number(table.totalFunding()));
        total.add(SheetCell.number(table.totalPublic()));
        rows.add(total);
        return new SheetTable(text.get("sheet.plan"), heading, header, rows, widths, 1);
    }

    private static SheetTable funders(FinanceTable table, FinanceText text, List<String> heading) {
        List<List<SheetCell>> rows = new ArrayList<>();
        for (Map.Entry<FinanceTable.Funder, BigDecimal> funder : table.funders()) {
            rows.add(List.of(SheetCell.text(text.funder(funder.getKey())), SheetCell.number(funder.getValue()),
                    percent(FinanceTable.percent(funder.getValue(), table.totalFunding()))));
        }
        return new SheetTable(text.get("sheet.funders"), heading,
                List.of(text.get("funders.funder"), text.get("funders.amount"), text.get("funders.share")), rows,
                List.of(40, 14, 14), 1);
    }

    private static SheetCell percent(String value) {
        return value == null ? SheetCell.empty() : SheetCell.number(new BigDecimal(value));
    }
}
