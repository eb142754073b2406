package org.maillage.generator.convention.internal.zones;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The user's zones of an ODT: {@code text:section}s named {@code texte_libre_<key>}. Carrying
 * them replaces the content of each zone of the new document by that of the zone of the same
 * name in the previous one, with the automatic styles its paragraphs use (renamed when the new
 * document has another style of that name) and the named styles the new document lacks.
 */
final class OdtZones {

    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

    private OdtZones() {
    }

    /** The zones of a document's content, by name, in document order. */
    static Map<String, Element> zones(Document content) {
        Map<String, Element> zones = new LinkedHashMap<>();
        NodeList sections = content.getElementsByTagNameNS(TEXT, "section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element section = (Element) sections.item(i);
            String name = section.getAttributeNS(TEXT, "name");
            if (name.startsWith(CarriedZones.PREFIX)) {
                zones.putIfAbsent(name, section);
            }
        }
        return zones;
    }

    /** Whether the zone holds something of the user's: text, a table or a picture. */
    static boolean hasContent(Element zone) {
        return !zone.getTextContent().isBlank() || zone.getElementsByTagNameNS(TABLE, "table").getLength() > 0
                || zone.getElementsByTagNameNS(DRAW, "frame").getLength() > 0;
    }

    /** Carries the zones of {@code previous} into {@code fresh}; the orphans go to the annex. */
    static CarriedZones carry(ZonePackage previous, ZonePackage fresh, ZoneWording wording) throws IOException {
        Document oldContent = previous.xml("content.xml");
        Document newContent = fresh.xml("content.xml");
        OdtStyles styles = new OdtStyles(previous, fresh);
        Map<String, Element> newZones = zones(newContent);
        List<String> kept = new ArrayList<>();
        List<CarriedZones.Orphan> orphans = new ArrayList<>();
        List<Element> homeless = new ArrayList<>();
        for (Map.Entry<String, Element> zone : zones(oldContent).entrySet()) {
            if (!hasContent(zone.getValue())) {
                continue;
            }
            Element target = newZones.get(zone.getKey());
            if (target == null) {
                homeless.add(zone.getValue());
                if (!zone.getKey().equals(CarriedZones.ANNEX)) {
                    orphans.add(new CarriedZones.Orphan(zone.getKey(),
                            CarriedZones.firstWords(zone.getValue().getTextContent())));
                }
                continue;
            }
            clear(target);
            append(target, zone.getValue(), styles);
            kept.add(zone.getKey());
        }
        if (!homeless.isEmpty()) {
            Element annex = newZones.containsKey(CarriedZones.ANNEX) ? newZones.get(CarriedZones.ANNEX)
                    : annex(newContent, wording);
            for (Element zone : homeless) {
                if (!zone.getAttributeNS(TEXT, "name").equals(CarriedZones.ANNEX)) {
                    annex.appendChild(paragraph(newContent, wording.label(zone.getAttributeNS(TEXT, "name"))));
                }
                append(annex, zone, styles);
            }
        }
        return new CarriedZones(kept, orphans);
    }

    private static void clear(Element element) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
    }

    private static void append(Element target, Element zone, OdtStyles styles) throws IOException {
        List<Node> copies = new ArrayList<>();
        for (Node child = zone.getFirstChild(); child != null; child = child.getNextSibling()) {
            copies.add(target.getOwnerDocument().importNode(child, true));
        }
        styles.carry(copies);
        copies.forEach(target::appendChild);
    }

    /** The annex zone at the end of the new document: made, after a heading, when the template has none. */
    private static Element annex(Document content, ZoneWording wording) {
        Element text = (Element) content.getElementsByTagNameNS(OFFICE, "text").item(0);
        Element heading = content.createElementNS(TEXT, "text:h");
        heading.setAttributeNS(TEXT, "text:outline-level", "1");
        heading.setTextContent(wording.annexTitle());
        text.appendChild(heading);
        Element section = content.createElementNS(TEXT, "text:section");
        section.setAttributeNS(TEXT, "text:name", CarriedZones.ANNEX);
        text.appendChild(section);
        return section;
    }

    private static Element paragraph(Document content, String text) {
        Element paragraph = content.createElementNS(TEXT, "text:p");
        paragraph.setTextContent(text);
        return paragraph;
    }
}
