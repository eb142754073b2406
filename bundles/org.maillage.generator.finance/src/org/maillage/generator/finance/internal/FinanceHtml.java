package org.maillage.generator.finance.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maillage.generator.HtmlPage;
import org.maillage.generator.Markup;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.FundingSource;
import org.maillage.model.coop.Plan;
import org.maillage.model.validation.Finding;

/**
 * The financing plan as one self-contained HTML page (no script, no external resource): one row
 * per action with its sources and their share of the cost, the owner's own share of public
 * funding drawn against the 20 % line, the findings next to the row, the totals per source and
 * a table of totals per funder.
 */
public final class FinanceHtml {

    /** The tables' own rules, after {@link HtmlPage#BASE_CSS}. */
    public static final String CSS = """
            table.finance thead th{position:sticky;top:0;background:#f5f5f5;z-index:2;vertical-align:bottom;}
            table.finance thead th{max-width:7rem;}
            table.finance tbody th{position:sticky;left:0;background:#fafafa;z-index:1;min-width:10rem;max-width:14rem;}
            table.finance thead th:first-child{left:0;z-index:3;}
            th.num{text-align:right;} td.num{text-align:right;white-space:nowrap;}
            td small{display:block;color:#616161;}
            tfoot th,tfoot td{border-top:2px solid #9e9e9e;font-weight:700;background:#fafafa;}
            .bar{position:relative;width:6rem;height:.7rem;background:#eeeeee;border-radius:2px;margin-top:.2rem;}
            .bar span{position:absolute;left:0;top:0;bottom:0;background:#1565c0;border-radius:2px;}
            .bar i{position:absolute;top:-.2rem;bottom:-.2rem;width:2px;background:#212121;}
            .below{color:#b71c1c;font-weight:700;} .reached{color:#1b5e20;}
            ul.findings{margin:0;padding-left:1rem;min-width:14rem;}
            .legend{max-width:60rem;}
            """;

    private final FinanceTable table;
    private final FinanceText text;
    private final StringBuilder out = new StringBuilder();

    private final String funderHeading;

    FinanceHtml(FinanceTable table, FinanceText text) {
        this(table, text, "h2");
    }

    private FinanceHtml(FinanceTable table, FinanceText text, String funderHeading) {
        this.table = table;
        this.text = text;
        this.funderHeading = funderHeading;
    }

    /**
     * A plan's financing as a piece of a page: the legend of the own share, the table per action
     * and the totals per funder under a heading of the given element ({@code h2} to {@code h6}).
     */
    public static String tables(Plan plan, List<Finding> findings, Locale locale, String funderHeading) {
        FinanceHtml html = new FinanceHtml(new FinanceTable(plan, findings), new FinanceText(locale), funderHeading);
        html.body();
        return html.out.toString();
    }

    /**
     * Some of a plan's actions (a part of a long plan): the legend of the own share and the table
     * per action, its totals those of these actions.
     */
    public static String actions(Plan plan, List<Action> actions, List<Finding> findings, Locale locale) {
        FinanceHtml html = new FinanceHtml(new FinanceTable(plan, actions, findings), new FinanceText(locale), "h2");
        html.p("intro legend", html.text.get("legend"));
        html.actions();
        return html.out.toString();
    }

    /** The totals per funder of a whole plan under a heading of the given element. */
    public static String funders(Plan plan, List<Finding> findings, Locale locale, String funderHeading) {
        FinanceHtml html = new FinanceHtml(new FinanceTable(plan, findings), new FinanceText(locale), funderHeading);
        html.funders();
        return html.out.toString();
    }

    String write() {
        out.append(HtmlPage.start(text.locale().getLanguage(),
                text.get("title", FinanceText.text(table.plan.getTitle())), CSS));
        p("period", text.get("period", String.valueOf(table.plan.getFromYear()), String.valueOf(table.plan.getToYear())));
        body();
        out.append(HtmlPage.end());
        return out.toString();
    }

    private void body() {
        p("intro legend", text.get("legend"));
        actions();
        funders();
    }

    private void actions() {
        String caption = Markup.escape(text.get("title", FinanceText.text(table.plan.getTitle())));
        out.append("<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").append(caption)
                .append("\"><table class=\"finance\">\n<caption class=\"visually-hidden\">").append(caption)
                .append("</caption>\n<thead><tr>");
        th(text.get("col.action"), "");
        th(text.get("col.owner"), "");
        th(text.get("col.expenditure"), "");
        th(text.get("col.cost"), "num");
        th(text.get("col.eligible"), "num");
        for (FundingSource source : table.sources) {
            th(text.label(source), "num");
        }
        th(text.get("col.counterparts"), "num");
        th(text.get("col.total"), "num");
        th(text.get("col.public"), "num");
        th(text.get("col.ownShare"), "");
        th(text.get("col.findings"), "");
        out.append("</tr></thead>\n<tbody>\n");
        for (FinanceTable.Row row : table.rows) {
            out.append("<tr><th scope=\"row\" title=\"").append(Markup.escape(row.action().getName())).append("\">")
                    .append(Markup.escape(FinanceText.text(row.action().getTitle()))).append("</th>");
            td(text.title(row.owner()), "");
            td(text.label(row.expenditure()), "");
            td(text.amount(row.cost()), "num");
            td(text.amount(row.eligible()), "num");
            for (FundingSource source : table.sources) {
                BigDecimal amount = row.bySource().get(source);
                shareCell(amount, amount == null ? null : row.shareOfCost(amount));
            }
            shareCell(row.counterparts().signum() == 0 ? null : row.counterparts(), row.shareOfCost(row.counterparts()));
            td(text.amount(row.total()), "num");
            td(text.amount(row.publicFunding()), "num");
            ownShare(row);
            findings(row.findings());
            out.append("</tr>\n");
        }
        out.append("</tbody>\n<tfoot><tr><th scope=\"row\">").append(Markup.escape(text.get("row.total")))
                .append("</th><td></td><td></td>");
        td(text.amount(table.totalCost()), "num");
        td(text.amount(table.totalEligible()), "num");
        for (FundingSource source : table.sources) {
            shareCell(table.totalOf(source), FinanceTable.percent(table.totalOf(source), table.totalCost()));
        }
        shareCell(table.totalCounterparts(), FinanceTable.percent(table.totalCounterparts(), table.totalCost()));
        td(text.amount(table.totalFunding()), "num");
        td(text.amount(table.totalPublic()), "num");
        out.append("<td></td><td></td></tr></tfoot></table></div>\n");
    }

    private void ownShare(FinanceTable.Row row) {
        out.append("<td>");
        if (row.owner() != null) {
            String rate = row.ownRate();
            out.append(Markup.escape(text.amount(row.ownShare())));
            if (rate != null) {
                double width = Math.min(100, Math.max(0, Double.parseDouble(rate)));
                out.append(" (").append(Markup.escape(text.percent(rate))).append(")")
                        .append("<div class=\"bar\" aria-hidden=\"true\"><span style=\"width:").append(width)
                        .append("%\"></span><i style=\"left:20%\"></i></div>");
            }
            FinanceTable.Line line = row.line();
            out.append("<small class=\"").append(line == FinanceTable.Line.BELOW ? "below" : line == FinanceTable.Line.REACHED
                    ? "reached" : "").append("\">").append(Markup.escape(text.get("line.status", text.get("line." + line.name()))))
                    .append("</small>");
        }
        out.append("</td>");
    }

    private void findings(List<Finding> findings) {
        out.append("<td>");
        if (!findings.isEmpty()) {
            out.append("<ul class=\"findings\">");
            for (Finding finding : findings) {
                out.append("<li><strong class=\"warn\">").append(Markup.escape(finding.code())).append("</strong> ")
                        .append(Markup.escape(finding.message()));
                if (finding.hint() != null) {
                    out.append(" <em>").append(Markup.escape(finding.hint())).append("</em>");
                }
                out.append("</li>");
            }
            out.append("</ul>");
        }
        out.append("</td>");
    }

    private void funders() {
        out.append('<').append(funderHeading).append('>').append(Markup.escape(text.get("funders.title"))).append("</")
                .append(funderHeading).append(">\n<table class=\"funders\"><caption class=\"visually-hidden\">")
                .append(Markup.escape(text.get("funders.title"))).append("</caption><thead><tr>");
        th(text.get("funders.funder"), "");
        th(text.get("funders.amount"), "num");
        th(text.get("funders.share"), "num");
        out.append("</tr></thead>\n<tbody>\n");
        for (Map.Entry<FinanceTable.Funder, BigDecimal> funder : table.funders()) {
            out.append("<tr><th scope=\"row\">").append(Markup.escape(text.funder(funder.getKey()))).append("</th>");
            td(text.amount(funder.getValue()), "num");
            td(text.percent(FinanceTable.percent(funder.getValue(), table.totalFunding())), "num");
            out.append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        if (table.rows.stream().allMatch(r -> r.findings().isEmpty())) {
            out.append("<p class=\"ok\">").append(Markup.escape(text.get("findings.none"))).append("</p>\n");
        }
    }

    private void shareCell(BigDecimal amount, String share) {
        out.append("<td class=\"num\">");
        if (amount != null) {
            out.append(Markup.escape(text.amount(amount)));
            if (share != null) {
                out.append("<small>").append(Markup.escape(text.percent(share))).append("</small>");
            }
        }
        out.append("</td>");
    }

    private void p(String css, String value) {
        out.append("<p class=\"").append(css).append("\">").append(Markup.escape(value)).append("</p>\n");
    }

    private void th(String value, String css) {
        out.append(css.isEmpty() ? "<th scope=\"col\">" : "<th scope=\"col\" class=\"" + css + "\">").append(Markup.escape(value))
                .append("</th>");
    }

    private void td(String value, String css) {
        out.append(css.isEmpty() ? "<td>" : "<td class=\"" + css + "\">").append(Markup.escape(value)).append("</td>");
    }
}
