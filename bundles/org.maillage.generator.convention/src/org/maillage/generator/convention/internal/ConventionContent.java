package org.maillage.generator.convention.internal;

import java.util.List;
import java.util.Map;

/**
 * The whole text of one convention, built once ({@link ContentBuilder}) and laid out by every
 * format: the ODT/DOCX templates through {@link ConventionData}, Markdown through
 * {@link MarkdownWriter}. Nothing here knows a format.
 */
record ConventionContent(String title, String kind, String status, String plan, List<String> parties,
        String together, List<String> visas, Article preamble, List<Article> articles, String signaturePlace,
        List<Signer> signers, List<Finances.Row> fundingRows, List<RaciRow> raciRows, List<String> indicators,
        KindText own) {

    /**
     * What of the text is the kind's own (its template writes it out, see MakeKindTemplates): the first
     * {@code visas} visas, the articles from index {@code firstArticle} ({@code articles} of them), and the
     * arguments of its clauses ({@code principal}, {@code others}, {@code lead}, {@code framework},
     * {@code actions}).
     */
    record KindText(int visas, int firstArticle, int articles, Map<String, String> clause) {
    }

    /** One signature block. */
    record Signer(String title, String signatory) {
    }

    /** One row of the RACI annex: an action, a function and who holds which role, in words. */
    record RaciRow(String action, String function, String roles) {
    }
}
