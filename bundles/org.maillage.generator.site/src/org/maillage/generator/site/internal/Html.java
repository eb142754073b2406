package org.maillage.generator.site.internal;

import org.maillage.generator.Markup;

/**
 * A page being written: markup the site writes itself ({@link #raw}) and user text, always
 * escaped ({@link #text}, and the text arguments of the other methods).
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    Html text(String text) {
        out.append(Markup.escape(text));
        return this;
    }

    /** {@code <tag>text</tag>}; {@code tag} may carry attributes written by the site. */
    Html el(String tag, String text) {
        int space = tag.indexOf(' ');
        out.append('<').append(tag).append('>').append(Markup.escape(text)).append("</")
                .append(space < 0 ? tag : tag.substring(0, space)).append('>');
        return this;
    }

    /** A link to a page of the site or a place in it; {@code href} is built from ids by {@link PageNames}. */
    Html link(String href, String text) {
        out.append("<a href=\"").append(Markup.escape(href)).append("\">").append(Markup.escape(text)).append("</a>");
        return this;
    }

    /** {@code <th scope="col">} cells. */
    Html columns(String... headers) {
        for (String header : headers) {
            el("th scope=\"col\"", header);
        }
        return this;
    }

    /** A table's opening: its caption (visible) and its column headers. */
    Html table(String cssClass, String caption, String... headers) {
        raw("<table class=\"").raw(cssClass).raw("\">").el("caption", caption).raw("<thead><tr>").columns(headers)
                .raw("</tr></thead>\n<tbody>\n");
        return this;
    }

    /** A table under a heading of the same words: its caption is for screen readers only. */
    Html tableUnderHeading(String cssClass, String caption, String... headers) {
        raw("<table class=\"").raw(cssClass).raw("\">").el("caption class=\"visually-hidden\"", caption)
                .raw("<thead><tr>").columns(headers).raw("</tr></thead>\n<tbody>\n");
        return this;
    }

    Html endTable() {
        return raw("</tbody></table>\n");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
