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
 * The user's zones of a DOCX: the paragraphs of {@code word/document.xml} from the one holding
 * the bookmark start {@code texte_libre_<key>} to the one holding its end. Carrying them replaces
 * each zone of the new document by the blocks (paragraphs, tables) of the zone of the same name
 * in the previous one, with the bookmark kept around them; {@link DocxParts} brings the styles,
 * numbering and links they use.
 */
final class DocxZones {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String DOCUMENT = "word/document.xml";

    private DocxZones() {
    }

    /** A zone: its bookmark's two ends and the body's blocks it spans. */
    record Zone(String name, Element start, Element end, List<Element> blocks) {

        String text() {
            StringBuilder text = new StringBuilder();
            for (Element block : blocks) {
                NodeList runs = block.getElementsByTagNameNS(W, "t");
                for (int i = 0; i < runs.getLength(); i++) {
                    text.append(runs.item(i).getTextContent());
                }
                text.append(' ');
            }
            return text.toString();
        }

        boolean hasContent() {
            return !text().isBlank() || blocks.stream().anyMatch(b -> b.getLocalName().equals("tbl")
                    || b.getElementsByTagNameNS(W, "drawing").getLength() > 0);
        }
    }

    /** The zones of a document, by name, in document order. */
    static Map<String, Zone> zones(Document document) {
        Element body = (Element) document.getElementsByTagNameNS(W, "body").item(0);
        Map<String, Zone> zones = new LinkedHashMap<>();
        NodeList starts = document.getElementsByTagNameNS(W, "bookmarkStart");
        NodeList ends = document.getElementsByTagNameNS(W, "bookmarkEnd");
        for (int i = 0; i < starts.getLength(); i++) {
            Element start = (Element) starts.item(i);
            String name = start.getAttributeNS(W, "name");
            Element first = block(body, start);
            if (!name.startsWith(CarriedZones.PREFIX) || first == null || zones.containsKey(name)) {
                continue;
            }
            Element end = null;
            for (int j = 0; j < ends.getLength() && end == null; j++) {
                Element candidate = (Element) ends.item(j);
                if (candidate.getAttributeNS(W, "id").equals(start.getAttributeNS(W, "id"))) {
                    end = candidate;
                }
            }
            Element last = end == null ? null : block(body, end);
            List<Element> blocks = new ArrayList<>();
            for (Node node = first; node != null; node = node.getNextSibling()) {
                if (node instanceof Element element) {
                    blocks.add(element);
                }
                if (node == last || last == null) {
                    break;
                }
            }
            zones.put(name, new Zone(name, start, end, blocks));
        }
        return zones;
    }

    /** The child of the body that holds {@code node}, or null. */
    private static Element block(Element body, Node node) {
        Node current = node;
        while (current != null && current.getParentNode() != body) {
            current = current.getParentNode();
        }
        return (Element) current;
    }

    /** Carries the zones of {@code previous} into {@code fresh}; the orphans go to the annex. */
    static CarriedZones carry(ZonePackage previous, ZonePackage fresh, ZoneWording wording) throws IOException {
        Document newDocument = fresh.xml(DOCUMENT);
        DocxParts parts = new DocxParts(previous, fresh);
        Map<String, Zone> newZones = zones(newDocument);
        List<String> kept = new ArrayList<>();
        List<CarriedZones.Orphan> orphans = new ArrayList<>();
        List<Zone> homeless = new ArrayList<>();
        for (Zone zone : zones(previous.xml(DOCUMENT)).values()) {
            if (!zone.hasContent()) {
                continue;
            }
            Zone target = newZones.get(zone.name());
            if (target == null) {
                homeless.add(zone);
                if (!zone.name().equals(CarriedZones.ANNEX)) {
                    orphans.add(new CarriedZones.Orphan(zone.name(), CarriedZones.firstWords(zone.text())));
                }
                continue;
            }
            replace(target, parts.copy(zone.blocks()));
            kept.add(zone.name());
        }
        if (!homeless.isEmpty()) {
            Zone annex = zones(newDocument).get(CarriedZones.ANNEX);
            if (annex == null) {
                annex = annex(newDocument, parts, wording);
            }
            List<Element> blocks = annex.hasContent() ? new ArrayList<>(annex.blocks()) : new ArrayList<>();
            for (Zone zone : homeless) {
                if (!zone.name().equals(CarriedZones.ANNEX)) {
                    blocks.add(paragraph(newDocument, wording.label(zone.name()), null));
                }
                blocks.addAll(parts.copy(zone.blocks()));
            }
            replace(annex, blocks);
        }
        return new CarriedZones(kept, orphans);
    }

    /**
     * Puts {@code blocks} in place of the zone's blocks, its bookmark start at the beginning of the
     * first paragraph and its end at the end of the last (an empty paragraph is added when the
     * zone begins or ends with a table).
     */
    private static void replace(Zone zone, List<Element> blocks) {
        Element first = zone.blocks().get(0);
        Node parent = first.getParentNode();
        Document document = first.getOwnerDocument();
        List<Element> placed = new ArrayList<>(blocks);
        if (placed.isEmpty() || !placed.get(0).getLocalName().equals("p")) {
            placed.add(0, paragraph(document, null, null));
        }
        if (!placed.get(placed.size() - 1).getLocalName().equals("p")) {
            placed.add(paragraph(document, null, null));
        }
        Node marker = document.createTextNode("");
        parent.insertBefore(marker, first);
        for (Element old : zone.blocks()) {
            Dom.detach(old);
        }
        for (Element block : placed) {
            Dom.detach(block);
            parent.insertBefore(block, marker);
        }
        parent.removeChild(marker);
        Dom.detach(zone.start());
        Element head = placed.get(0);
        Node properties = head.getFirstChild();
        while (properties != null && !(properties instanceof Element)) {
            properties = properties.getNextSibling();
        }
        boolean hasProperties = properties != null && "pPr".equals(properties.getLocalName());
        head.insertBefore(zone.start(), hasProperties ? properties.getNextSibling() : head.getFirstChild());
        Element end = zone.end() != null ? zone.end() : bookmarkEnd(document, zone.start());
        Dom.detach(end);
        placed.get(placed.size() - 1).appendChild(end);
    }

    private static Element bookmarkEnd(Document document, Element start) {
        Element end = document.createElementNS(W, "w:bookmarkEnd");
        end.setAttributeNS(W, "w:id", start.getAttributeNS(W, "id"));
        return end;
    }

    /** A paragraph of plain text (empty when null), of the given style (none when null). */
    static Element paragraph(Document document, String text, String style) {
        Element paragraph = document.createElementNS(W, "w:p");
        if (style != null) {
            Element properties = document.createElementNS(W, "w:pPr");
            Element styleId = document.createElementNS(W, "w:pStyle");
            styleId.setAttributeNS(W, "w:val", style);
            properties.appendChild(styleId);
            paragraph.appendChild(properties);
        }
        if (text != null) {
            Element run = document.createElementNS(W, "w:r");
            Element t = document.createElementNS(W, "w:t");
            t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
            t.setTextContent(text);
            run.appendChild(t);
            paragraph.appendChild(run);
        }
        return paragraph;
    }

    /** The annex zone at the end of the body (before its section properties), after a heading. */
    private static Zone annex(Document document, DocxParts parts, ZoneWording wording) throws IOException {
        Element body = (Element) document.getElementsByTagNameNS(W, "body").item(0);
        Node last = body.getLastChild();
        while (last != null && !(last instanceof Element)) {
            last = last.getPreviousSibling();
        }
        Node before = last != null && "sectPr".equals(last.getLocalName()) ? last : null;
        body.insertBefore(paragraph(document, wording.annexTitle(), parts.headingStyle()), before);
        Element holder = paragraph(document, null, null);
        body.insertBefore(holder, before);
        Element start = document.createElementNS(W, "w:bookmarkStart");
        start.setAttributeNS(W, "w:id", String.valueOf(parts.nextBookmarkId()));
        start.setAttributeNS(W, "w:name", CarriedZones.ANNEX);
        Element end = bookmarkEnd(document, start);
        holder.appendChild(start);
        holder.appendChild(end);
        return new Zone(CarriedZones.ANNEX, start, end, List.of(holder));
    }
}
