package org.maillage.generator.convention.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The data a document template is filled with: the {@link ConventionContent} as plain strings,
 * lists and maps. The names are the template's vocabulary (docs/conventions.md); keep them stable.
 */
final class ConventionData {

    private static final String[] WORDING = { "parties", "agreed", "signatures", "signature.mark", "annexes",
            "annex.funding", "annex.raci", "annex.raci.legend", "annex.indicators", "column.action", "column.source",
            "column.funder", "column.amount", "column.share", "column.function", "column.roles" };

    /** The DOCX bookmark ids of the articles' zones (the préambule's is fixed in the template, below this). */
    private static final int FIRST_ZONE_ID = 9001;

    private final ConventionContent content;
    private final Locale locale;

    ConventionData(ConventionContent content, Locale locale) {
        this.content = content;
        this.locale = locale;
    }

    void fill(BiConsumer<String, Object> put) {
        Map<String, String> t = new HashMap<>();
        for (String key : WORDING) {
            t.put(key.replace(".", "_"), ConventionText.get(locale, key));
        }
        put.accept("t", t);
        put.accept("convention", Map.of("title", content.title(), "kind", content.kind(), "status",
                content.status(), "plan", content.plan(), "together", content.together(), "place",
                content.signaturePlace()));
        put.accept("parties", content.parties());
        put.accept("visas", content.visas());
        put.accept("preamble", article(content.preamble()));
        List<Map<String, Object>> articles = new java.util.ArrayList<>();
        for (int i = 0; i < content.articles().size(); i++) {
            Map<String, Object> article = new HashMap<>(article(content.articles().get(i)));
            article.put("id", String.valueOf(FIRST_ZONE_ID + i));
            articles.add(article);
        }
        put.accept("articles", articles);
        // The parts the kinds' templates do not write out (MakeKindTemplates): the data around the kind's own text.
        ConventionContent.KindText own = content.own();
        put.accept("other_visas", content.visas().subList(own.visas(), content.visas().size()));
        put.accept("articles_before", articles.subList(0, own.firstArticle()));
        put.accept("articles_after", articles.subList(own.firstArticle() + own.articles(), articles.size()));
        put.accept("clause", own.clause());
        put.accept("signers", content.signers().stream().map(s -> Map.of("title", s.title(), "signatory",
                s.signatory())).toList());
        put.accept("fundings", content.fundingRows().stream().map(Finances::row).toList());
        put.accept("raci", content.raciRows().stream().map(r -> Map.of("action", r.action(), "function",
                r.function(), "roles", r.roles())).toList());
        put.accept("indicators", content.indicators());
    }

    private static Map<String, Object> article(Article article) {
        return Map.of("heading", article.heading(), "zone", article.zoneName(), "blocks",
                article.blocks().stream().map(ConventionData::block).toList());
    }

    private static Map<String, String> block(Block block) {
        return Map.of(block.heading() ? "h" : block.bullet() ? "b" : "p", block.text());
    }

    static List<String> tableFields() {
        return List.of("fundings.action", "fundings.source", "fundings.funder", "fundings.amount", "fundings.share",
                "raci.action", "raci.function", "raci.roles");
    }
}
