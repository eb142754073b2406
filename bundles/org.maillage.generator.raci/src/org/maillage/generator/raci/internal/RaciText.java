package org.maillage.generator.raci.internal;

import java.util.Locale;

import org.maillage.model.services.Localization;


/** The words of the RACI documents, French (messages.properties) or English (messages_en). */
final class RaciText {

    static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#212121;}
            h1{font-size:1.4rem;margin:0 0 .3rem;} h2{font-size:1.1rem;margin-top:2rem;}
            .period,.partners{margin:.2rem 0;color:#424242;}
            .legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem;}
            .scroll{overflow:auto;max-height:80vh;border:1px solid #bdbdbd;}
            table{border-collapse:separate;border-spacing:0;font-size:.9rem;}
            th,td{border-bottom:1px solid #e0e0e0;border-right:1px solid #eeeeee;padding:.3rem .5rem;text-align:left;overflow-wrap:break-word;}
            table.raci thead th{position:sticky;top:0;background:#f5f5f5;z-index:2;vertical-align:bottom;}
            table.raci tbody th{position:sticky;left:0;background:#fafafa;z-index:1;max-width:16rem;}
            table.raci thead th:first-child{left:0;z-index:3;}
            tr.first td,tr.first th{border-top:2px solid #9e9e9e;}
            td.cell{text-align:center;white-space:nowrap;}
            .role{display:inline-block;min-width:1.3em;margin:0 1px;padding:0 .2em;border-radius:3px;color:#fff;font-weight:700;text-align:center;}
            .warn{color:#b71c1c;font-weight:700;}
            .health li{margin:.3rem 0;} .ok{color:#1b5e20;}
            """;

    private RaciText() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        return Localization.format("org.maillage.generator.raci.internal.messages", RaciText.class.getClassLoader(), locale, key, arguments);
    }
}
