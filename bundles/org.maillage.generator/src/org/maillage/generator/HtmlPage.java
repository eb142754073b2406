package org.maillage.generator;

/**
 * The frame of a self-contained HTML page, the same for every generator: UTF-8, a
 * Content-Security-Policy that forbids scripts and external resources, a viewport, the shared
 * style sheet plus the generator's own rules, and the title as the first heading.
 */
public final class HtmlPage {

    /** The look every generated page shares: type, headings, period line, tables, warnings. */
    public static final String BASE_CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#212121;}
            h1{font-size:1.4rem;margin:0 0 .3rem;} h2{font-size:1.1rem;margin-top:2rem;}
            .period,.partners,.intro{margin:.2rem 0;color:#424242;}
            .scroll{overflow:auto;max-height:80vh;border:1px solid #bdbdbd;}
            table{border-collapse:separate;border-spacing:0;font-size:.9rem;}
            th,td{border-bottom:1px solid #e0e0e0;border-right:1px solid #eeeeee;padding:.3rem .5rem;text-align:left;overflow-wrap:break-word;}
            .warn{color:#b71c1c;font-weight:700;}
            .ok{color:#1b5e20;}
            .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;}
            """;

    private HtmlPage() {
    }

    /** From the doctype to the page's first heading; {@code css} follows the shared rules. */
    public static String start(String language, String title, String css) {
        return "<!DOCTYPE html>\n<html lang=\"" + Markup.escape(language) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Markup.escape(title) + "</title>\n<style>\n" + BASE_CSS + css + "</style>\n</head>\n"
                + "<body>\n<h1>" + Markup.escape(title) + "</h1>\n";
    }

    public static String end() {
        return "</body>\n</html>\n";
    }
}
