package org.maillage.generator.convention.internal;

import java.util.List;
import java.util.Locale;

/**
 * A convention in Markdown: the same {@link ConventionContent} the ODT and DOCX templates lay out,
 * user text escaped ({@link Markdown}). A user zone is an HTML comment naming it.
 */
final class MarkdownWriter {

    private final ConventionContent content;
    private final Locale locale;
    private final StringBuilder out = new StringBuilder();

    MarkdownWriter(ConventionContent content, Locale locale) {
        this.content = content;
        this.locale = locale;
    }

    String write() {
        out.append("# ").append(Markdown.text(content.title())).append("\n\n");
        paragraph("*" + Markdown.text(content.kind()) + "* — " + Markdown.text(content.status()));
        if (!content.plan().isEmpty()) {
            paragraph(Markdown.text(content.plan()));
        }
        heading(text("parties"));
        content.parties().forEach(p -> paragraph(Markdown.text(p)));
        paragraph(Markdown.text(content.together()));
        content.visas().forEach(v -> paragraph(Markdown.text(v)));
        paragraph(text("agreed"));
        article(content.preamble());
        content.articles().forEach(this::article);
        heading(text("signatures"));
        paragraph(Markdown.text(content.signaturePlace()));
        for (ConventionContent.Signer signer : content.signers()) {
            out.append("**").append(Markdown.text(signer.title())).append("**  \n")
                    .append(Markdown.text(signer.signatory())).append("  \n")
                    .append(text("signature.mark")).append("\n\n");
        }
        annexes();
        return out.toString();
    }

    private void article(Article article) {
        heading(Markdown.text(article.heading()));
        for (Block block : article.blocks()) {
            if (block.heading()) {
                blankLine();
                out.append("### ").append(Markdown.text(block.text())).append("\n\n");
            } else if (block.bullet()) {
                out.append("- ").append(Markdown.text(block.text())).append('\n');
            } else {
                paragraph(Markdown.text(block.text()));
            }
        }
        blankLine();
        out.append("<!-- ").append(article.zoneName()).append(" -->\n\n");
    }

    private void annexes() {
        heading(text("annexes"));
        out.append("### ").append(text("annex.funding")).append("\n\n");
        row(List.of(text("column.action"), text("column.source"), text("column.funder"), text("column.amount"),
                text("column.share")));
        out.append("|---|---|---|---:|---:|\n");
        for (Finances.Row r : content.fundingRows()) {
            row(List.of(r.action(), r.source(), r.funder(), r.amount(), r.share()).stream().map(Markdown::text)
                    .toList());
        }
        out.append("\n### ").append(text("annex.raci")).append("\n\n");
        row(List.of(text("column.action"), text("column.function"), text("column.roles")));
        out.append("|---|---|---|\n");
        for (ConventionContent.RaciRow r : content.raciRows()) {
            row(List.of(r.action(), r.function(), r.roles()).stream().map(Markdown::text).toList());
        }
        paragraph("\n" + text("annex.raci.legend"));
        out.append("### ").append(text("annex.indicators")).append("\n\n");
        content.indicators().forEach(i -> out.append("- ").append(Markdown.text(i)).append('\n'));
    }

    private void row(List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private void heading(String text) {
        blankLine();
        out.append("## ").append(text).append("\n\n");
    }

    private void paragraph(String text) {
        blankLine();
        out.append(text).append("\n\n");
    }

    /** Ends a list: a paragraph or a heading right after list items needs an empty line. */
    private void blankLine() {
        if (out.length() > 0 && !out.toString().endsWith("\n\n")) {
            out.append('\n');
        }
    }

    private String text(String key, Object... arguments) {
        return ConventionText.get(locale, key, arguments);
    }
}
