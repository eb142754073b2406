package org.maillage.generator.convention.internal.pdf;

import java.util.HashMap;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The look of an ODT's paragraphs and spans as the PDF needs it: bold, italic, size and
 * alignment, from the automatic styles of the content and the named styles, following their
 * parents. What the PDF does not render (colours, borders, fonts other than the embedded one)
 * is ignored.
 */
final class OdtStyleSheet {

    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    /** A style's effect; null fields are inherited. */
    record Look(Boolean bold, Boolean italic, Float size, String align) {

        static final Look NONE = new Look(null, null, null, null);

        /** {@code this} over {@code under}: what this one does not say, the other does. */
        Look over(Look under) {
            return new Look(bold != null ? bold : under.bold, italic != null ? italic : under.italic,
                    size != null ? size : under.size, align != null ? align : under.align);
        }
    }

    private final Map<String, Element> styles = new HashMap<>();
    private final Map<String, Look> looks = new HashMap<>();

    OdtStyleSheet(Document content, Document named) {
        if (named != null) {
            collect(named);
        }
        collect(content);
    }

    private void collect(Document document) {
        NodeList all = document.getElementsByTagNameNS(STYLE, "style");
        for (int i = 0; i < all.getLength(); i++) {
            Element style = (Element) all.item(i);
            styles.put(style.getAttributeNS(STYLE, "name"), style);
        }
    }

    /** The look of the style {@code name}, its parents' included; NONE when unknown. */
    Look look(String name) {
        return look(name, 0);
    }

    private Look look(String name, int depth) {
        if (name == null || name.isEmpty() || depth > 20) {
            return Look.NONE;
        }
        Look known = looks.get(name);
        if (known != null) {
            return known;
        }
        Element style = styles.get(name);
        Look result = Look.NONE;
        if (style != null) {
            result = own(style).over(look(style.getAttributeNS(STYLE, "parent-style-name"), depth + 1));
        }
        looks.put(name, result);
        return result;
    }

    private static Look own(Element style) {
        Boolean bold = null;
        Boolean italic = null;
        Float size = null;
        String align = null;
        for (Node child = style.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element properties)) {
                continue;
            }
            if (properties.getLocalName().equals("text-properties")) {
                String weight = properties.getAttributeNS(FO, "font-weight");
                bold = weight.isEmpty() ? null : weight.equals("bold") || weight.startsWith("7")
                        || weight.startsWith("8") || weight.startsWith("9");
                String slant = properties.getAttributeNS(FO, "font-style");
                italic = slant.isEmpty() ? null : !slant.equals("normal");
                size = points(properties.getAttributeNS(FO, "font-size"));
            } else if (properties.getLocalName().equals("paragraph-properties")) {
                String textAlign = properties.getAttributeNS(FO, "text-align");
                align = textAlign.isEmpty() ? null : textAlign;
            }
        }
        return new Look(bold, italic, size, align);
    }

    /** A size in points ({@code 12pt}, {@code 0.5cm}); percentages and unknown units give null. */
    static Float points(String length) {
        try {
            if (length.endsWith("pt")) {
                return Float.parseFloat(length.substring(0, length.length() - 2));
            }
            if (length.endsWith("cm")) {
                return Float.parseFloat(length.substring(0, length.length() - 2)) * 72f / 2.54f;
            }
            if (length.endsWith("mm")) {
                return Float.parseFloat(length.substring(0, length.length() - 2)) * 72f / 25.4f;
            }
            if (length.endsWith("in")) {
                return Float.parseFloat(length.substring(0, length.length() - 2)) * 72f;
            }
        } catch (NumberFormatException notALength) {
            // left to the default
        }
        return null;
    }
}
