package org.maillage.generator.convention.internal.zones;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Copies blocks of a previous DOCX into a new one with what they refer to: the paragraph, run and
 * table styles the new document lacks (with the styles they are based on), the numbering of their
 * lists (under new ids), the targets of their external links. What lives in parts of its own is
 * not carried and is taken out of the copies: pictures and embedded objects, comments, footnotes
 * and endnotes (their text stays in the previous file). Bookmarks are renumbered; the zones' own
 * bookmarks are dropped (the new document's are kept around the copies).
 */
final class DocxParts {

    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_R = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String STYLES = "word/styles.xml";
    private static final String NUMBERING = "word/numbering.xml";
    private static final String RELATIONSHIPS = "word/_rels/document.xml.rels";
    private static final Set<String> NOT_CARRIED = Set.of("drawing", "pict", "object", "commentRangeStart",
            "commentRangeEnd", "commentReference", "footnoteReference", "endnoteReference");

    private final ZonePackage previous;
    private final ZonePackage fresh;
    private final Document target;
    private final Map<String, String> numbering = new HashMap<>();
    private final Map<String, String> links = new HashMap<>();
    private final Set<String> stylesDone = new HashSet<>();
    private int bookmarkId;

    DocxParts(ZonePackage previous, ZonePackage fresh) throws IOException {
        this.previous = previous;
        this.fresh = fresh;
        this.target = fresh.xml(DocxZones.DOCUMENT);
        this.bookmarkId = maxId(target, "bookmarkStart") + 1;
    }

    /** A new id for a bookmark of the new document. */
    int nextBookmarkId() {
        return bookmarkId++;
    }

    /** The style of the annex's heading: the new document's first heading style. */
    String headingStyle() throws IOException {
        for (String id : List.of("Heading1", "Heading", "Heading2")) {
            if (fresh.has(STYLES) && style(fresh.xml(STYLES), id) != null) {
                return id;
            }
        }
        return null;
    }

    /** Copies of {@code blocks} for the new document, with what they refer to brought along. */
    List<Element> copy(List<Element> blocks) throws IOException {
        List<Element> copies = new ArrayList<>();
        for (Element block : blocks) {
            Element copy = (Element) target.importNode(block, true);
            clean(copy);
            copies.add(copy);
        }
        return copies;
    }

    private void clean(Element copy) throws IOException {
        Map<String, String> bookmarks = new HashMap<>();
        for (Element element : Dom.selfAndDescendants(copy)) {
            String local = element.getLocalName();
            if (NOT_CARRIED.contains(local)) {
                Dom.detach(element);
            } else if (local.equals("bookmarkStart")) {
                if (element.getAttributeNS(DocxZones.W, "name").startsWith(CarriedZones.PREFIX)) {
                    bookmarks.put(element.getAttributeNS(DocxZones.W, "id"), null);
                    Dom.detach(element);
                } else {
                    String id = String.valueOf(nextBookmarkId());
                    bookmarks.put(element.getAttributeNS(DocxZones.W, "id"), id);
                    element.setAttributeNS(DocxZones.W, "w:id", id);
                }
            } else if (local.equals("bookmarkEnd")) {
                String id = element.getAttributeNS(DocxZones.W, "id");
                if (bookmarks.containsKey(id) && bookmarks.get(id) != null) {
                    element.setAttributeNS(DocxZones.W, "w:id", bookmarks.get(id));
                } else {
                    Dom.detach(element);
                }
            } else if (local.equals("pStyle") || local.equals("rStyle") || local.equals("tblStyle")) {
                style(element.getAttributeNS(DocxZones.W, "val"));
            } else if (local.equals("numId")) {
                element.setAttributeNS(DocxZones.W, "w:val", number(element.getAttributeNS(DocxZones.W, "val")));
            }
            relink(element);
        }
    }

    /** Brings the style {@code id} of the previous document, and those it is based on, when the new one lacks it. */
    private void style(String id) throws IOException {
        if (!stylesDone.add(id) || !previous.has(STYLES) || !fresh.has(STYLES)) {
            return;
        }
        Document styles = fresh.xml(STYLES);
        Element old = style(previous.xml(STYLES), id);
        if (old == null || style(styles, id) != null) {
            return;
        }
        styles.getDocumentElement().appendChild(styles.importNode(old, true));
        for (String link : List.of("basedOn", "link", "next")) {
            NodeList refs = old.getElementsByTagNameNS(DocxZones.W, link);
            if (refs.getLength() > 0) {
                style(((Element) refs.item(0)).getAttributeNS(DocxZones.W, "val"));
            }
        }
    }

    private static Element style(Document styles, String id) {
        NodeList all = styles.getElementsByTagNameNS(DocxZones.W, "style");
        for (int i = 0; i < all.getLength(); i++) {
            Element style = (Element) all.item(i);
            if (id.equals(style.getAttributeNS(DocxZones.W, "styleId"))) {
                return style;
            }
        }
        return null;
    }

    /** The id in the new document of the previous document's list {@code numId} ("0" when it cannot be brought). */
    private String number(String numId) throws IOException {
        if (numId.equals("0")) {
            return numId;
        }
        String known = numbering.get(numId);
        if (known != null) {
            return known;
        }
        String result = "0";
        if (previous.has(NUMBERING) && fresh.has(NUMBERING)) {
            Element num = byAttribute(previous.xml(NUMBERING), "num", "numId", numId);
            Element abstractRef = num == null ? null
                    : (Element) num.getElementsByTagNameNS(DocxZones.W, "abstractNumId").item(0);
            Element abstractNum = abstractRef == null ? null : byAttribute(previous.xml(NUMBERING), "abstractNum",
                    "abstractNumId", abstractRef.getAttributeNS(DocxZones.W, "val"));
            if (abstractNum != null) {
                Document into = fresh.xml(NUMBERING);
                String abstractId = String.valueOf(Math.max(maxAttribute(into, "abstractNum", "abstractNumId"), -1) + 1);
                result = String.valueOf(Math.max(maxAttribute(into, "num", "numId"), 0) + 1);
                Element abstractCopy = (Element) into.importNode(abstractNum, true);
                abstractCopy.setAttributeNS(DocxZones.W, "w:abstractNumId", abstractId);
                Node firstNum = into.getElementsByTagNameNS(DocxZones.W, "num").item(0);
                into.getDocumentElement().insertBefore(abstractCopy, firstNum);
                Element numCopy = (Element) into.importNode(num, true);
                numCopy.setAttributeNS(DocxZones.W, "w:numId", result);
                ((Element) numCopy.getElementsByTagNameNS(DocxZones.W, "abstractNumId").item(0))
                        .setAttributeNS(DocxZones.W, "w:val", abstractId);
                into.getDocumentElement().appendChild(numCopy);
            }
        }
        numbering.put(numId, result);
        return result;
    }

    /** Points a copied link at a relationship of the new document: external targets are carried, others dropped. */
    private void relink(Element element) throws IOException {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            Attr attribute = (Attr) attributes.item(i);
            if (!R.equals(attribute.getNamespaceURI())) {
                continue;
            }
            String id = link(attribute.getValue());
            if (id == null) {
                element.removeAttributeNode(attribute);
            } else {
                attribute.setValue(id);
            }
        }
    }

    private String link(String oldId) throws IOException {
        if (links.containsKey(oldId)) {
            return links.get(oldId);
        }
        String result = null;
        if (previous.has(RELATIONSHIPS) && fresh.has(RELATIONSHIPS)) {
            Element old = byAttribute(previous.xml(RELATIONSHIPS), PACKAGE_R, "Relationship", "Id", oldId);
            if (old != null && "External".equals(old.getAttribute("TargetMode"))) {
                Document into = fresh.xml(RELATIONSHIPS);
                int n = 1;
                while (byAttribute(into, PACKAGE_R, "Relationship", "Id", "rIdZone" + n) != null) {
                    n++;
                }
                result = "rIdZone" + n;
                Element copy = (Element) into.importNode(old, true);
                copy.setAttribute("Id", result);
                into.getDocumentElement().appendChild(copy);
            }
        }
        links.put(oldId, result);
        return result;
    }

    private static Element byAttribute(Document document, String local, String attribute, String value) {
        NodeList all = document.getElementsByTagNameNS(DocxZones.W, local);
        for (int i = 0; i < all.getLength(); i++) {
            if (value.equals(((Element) all.item(i)).getAttributeNS(DocxZones.W, attribute))) {
                return (Element) all.item(i);
            }
        }
        return null;
    }

    private static Element byAttribute(Document document, String namespace, String local, String attribute,
            String value) {
        NodeList all = document.getElementsByTagNameNS(namespace, local);
        for (int i = 0; i < all.getLength(); i++) {
            if (value.equals(((Element) all.item(i)).getAttribute(attribute))) {
                return (Element) all.item(i);
            }
        }
        return null;
    }

    private static int maxAttribute(Document document, String local, String attribute) {
        int max = -1;
        NodeList all = document.getElementsByTagNameNS(DocxZones.W, local);
        for (int i = 0; i < all.getLength(); i++) {
            try {
                max = Math.max(max, Integer.parseInt(((Element) all.item(i)).getAttributeNS(DocxZones.W, attribute)));
            } catch (NumberFormatException notANumber) {
                // not ours to renumber
            }
        }
        return max;
    }

    private static int maxId(Document document, String local) {
        return Math.max(maxAttribute(document, local, "id"), 0);
    }

}
