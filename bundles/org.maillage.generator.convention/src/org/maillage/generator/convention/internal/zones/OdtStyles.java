package org.maillage.generator.convention.internal.zones;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Brings the styles that paragraphs copied from a previous ODT use into the new one: each
 * automatic style of the previous content (bold, a list, a table's columns) is added to the new
 * content's automatic styles, under a new name when the new document already has a different
 * style of that name; each named style the new document lacks is added to its {@code styles.xml}.
 * Styles referring to styles ({@code style:parent-style-name}, a list style) are followed.
 */
final class OdtStyles {

    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    private final Element oldAutomatic;
    private final Element oldNamed;
    private final Element newAutomatic;
    private final Element newNamed;
    private final Map<String, String> renamed = new HashMap<>();

    OdtStyles(ZonePackage previous, ZonePackage fresh) throws IOException {
        oldAutomatic = container(previous.xml("content.xml"), "automatic-styles");
        newAutomatic = container(fresh.xml("content.xml"), "automatic-styles");
        oldNamed = previous.has("styles.xml") ? container(previous.xml("styles.xml"), "styles") : null;
        newNamed = fresh.has("styles.xml") ? container(fresh.xml("styles.xml"), "styles") : null;
    }

    private static Element container(Document document, String name) {
        Node found = document.getElementsByTagNameNS(OdtZones.OFFICE, name).item(0);
        if (found != null) {
            return (Element) found;
        }
        Element made = document.createElementNS(OdtZones.OFFICE, "office:" + name);
        Element root = document.getDocumentElement();
        Node body = document.getElementsByTagNameNS(OdtZones.OFFICE, "body").item(0);
        root.insertBefore(made, body != null && body.getParentNode() == root ? body : null);
        return made;
    }

    /** Adds the styles the copied nodes use and points the copies at their names in the new document. */
    void carry(List<Node> copies) {
        Deque<Element> pending = new ArrayDeque<>();
        for (Node copy : copies) {
            if (copy instanceof Element element) {
                pending.add(element);
            }
        }
        while (!pending.isEmpty()) {
            Element element = pending.poll();
            for (Element descendant : Dom.selfAndDescendants(element)) {
                for (Attr reference : references(descendant)) {
                    reference.setValue(resolve(reference.getValue(), pending));
                }
            }
        }
    }

    /** The name in the new document of the previous document's style {@code name}, adding it when needed. */
    private String resolve(String name, Deque<Element> pending) {
        String known = renamed.get(name);
        if (known != null) {
            return known;
        }
        List<Element> automatic = named(oldAutomatic, name);
        if (!automatic.isEmpty()) {
            List<Element> existing = named(newAutomatic, name);
            String target = existing.isEmpty() || same(existing, automatic) ? name : unique(name);
            renamed.put(name, target);
            if (existing.isEmpty() || !target.equals(name)) {
                for (Element style : automatic) {
                    Element copy = (Element) newAutomatic.getOwnerDocument().importNode(style, true);
                    copy.setAttributeNS(STYLE, "style:name", target);
                    newAutomatic.appendChild(copy);
                    pending.add(copy);
                }
            }
            return target;
        }
        renamed.put(name, name);
        if (oldNamed != null && newNamed != null && named(newNamed, name).isEmpty()) {
            for (Element style : named(oldNamed, name)) {
                Element copy = (Element) newNamed.getOwnerDocument().importNode(style, true);
                newNamed.appendChild(copy);
                pending.add(copy);
            }
        }
        return name;
    }

    private String unique(String name) {
        for (int i = 1;; i++) {
            String candidate = name + "_" + i;
            if (named(newAutomatic, candidate).isEmpty() && named(oldAutomatic, candidate).isEmpty()
                    && !renamed.containsValue(candidate)) {
                return candidate;
            }
        }
    }

    private static boolean same(List<Element> a, List<Element> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).isEqualNode(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The style definitions named {@code name} directly in {@code container}. */
    private static List<Element> named(Element container, String name) {
        List<Element> found = new ArrayList<>();
        for (Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element style && name.equals(style.getAttributeNS(STYLE, "name"))) {
                found.add(style);
            }
        }
        return found;
    }

    /** The attributes that name a style: {@code *:style-name}, {@code style:parent-style-name}, list styles. */
    private static List<Attr> references(Element element) {
        List<Attr> found = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String local = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (local.endsWith("style-name") && !local.equals("next-style-name")) {
                found.add(attribute);
            }
        }
        return found;
    }
}
