package org.maillage.generator.raci.internal;

import java.util.Locale;

import org.maillage.model.services.Localization;


/** The words of the RACI documents, French (messages.properties) or English (messages_en). */
public final class RaciText {

    /** The matrix's own rules, after {@link org.maillage.generator.HtmlPage#BASE_CSS}. */
    public static final String CSS = """
            .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem;}
            table.raci thead th{position:sticky;top:0;background:#f5f5f5;z-index:2;vertical-align:bottom;}
            table.raci tbody th{position:sticky;left:0;background:#fafafa;z-index:1;min-width:14rem;max-width:20rem;vertical-align:top;}
            table.raci thead th:first-child{left:0;z-index:3;}
            tr.first td,tr.first th{border-top:2px solid #9e9e9e;}
            td.cell{text-align:center;white-space:nowrap;}
            .role{display:inline-block;min-width:1.3em;margin:0 1px;padding:0 .2em;border-radius:3px;color:#fff;font-weight:700;text-align:center;}
            .facts{display:block;font-weight:400;font-size:.8rem;color:#424242;margin-top:.2rem;}
            .facts span{display:block;}
            .health td{vertical-align:top;}
            """;

    private RaciText() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        return Localization.format("org.maillage.generator.raci.internal.messages", RaciText.class.getClassLoader(), locale, key, arguments);
    }
}
