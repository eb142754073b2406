package org.maillage.generator.finance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.maillage.model.coop.FundingSource;
import org.maillage.model.validation.Finding;

/**
 * The machine-readable financing plan, with the RACI CSV's conventions: UTF-8 with a byte order
 * mark, ';'-separated, ids and literals rather than titles, amounts and percentages with a '.'
 * decimal point and no grouping. Header {@code action;owner;expenditure;cost;eligible}, then per
 * source used {@code <source>;<source>_share}, then
 * {@code counterparts;counterparts_share;total;public;own_share;own_share_rate;line;findings}.
 * No field needs quoting nor can start a formula: ids and codes are identifiers, numbers are plain.
 */
final class FinanceCsv {

    static final String BOM = "\uFEFF";

    private FinanceCsv() {
    }

    static String write(FinanceTable table) {
        List<String> header = new ArrayList<>(List.of("action", "owner", "expenditure", "cost", "eligible"));
        for (FundingSource source : table.sources) {
            header.add(source.getLiteral());
            header.add(source.getLiteral() + "_share");
        }
        header.addAll(List.of("counterparts", "counterparts_share", "total", "public", "own_share", "own_share_rate",
                "line", "findings"));
        StringBuilder csv = new StringBuilder(BOM).append(String.join(";", header)).append("\r\n");
        for (FinanceTable.Row row : table.rows) {
            List<String> cells = new ArrayList<>();
            cells.add(FinanceText.text(row.action().getName()));
            cells.add(row.owner() == null ? "" : FinanceText.text(row.owner().getName()));
            cells.add(row.expenditure() == null ? "" : row.expenditure().getLiteral());
            cells.add(plain(row.cost()));
            cells.add(plain(row.eligible()));
            for (FundingSource source : table.sources) {
                BigDecimal amount = row.bySource().get(source);
                cells.add(plain(amount));
                cells.add(amount == null ? "" : orEmpty(row.shareOfCost(amount)));
            }
            cells.add(plain(row.counterparts()));
            cells.add(orEmpty(row.shareOfCost(row.counterparts())));
            cells.add(plain(row.total()));
            cells.add(plain(row.publicFunding()));
            cells.add(row.owner() == null ? "" : plain(row.ownShare()));
            cells.add(orEmpty(row.ownRate()));
            cells.add(row.line().name().toLowerCase(Locale.ROOT));
            cells.add(row.findings().stream().map(Finding::code).distinct().collect(Collectors.joining(",")));
            csv.append(String.join(";", cells)).append("\r\n");
        }
        return csv.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
