package org.maillage.generator.convention.internal.zones;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The few DOM moves the zones need. */
final class Dom {

    private Dom() {
    }

    /** The element and all the elements below it, in document order (a list: safe to change the tree meanwhile). */
    static List<Element> selfAndDescendants(Element root) {
        List<Element> all = new ArrayList<>();
        all.add(root);
        NodeList descendants = root.getElementsByTagName("*");
        for (int i = 0; i < descendants.getLength(); i++) {
            all.add((Element) descendants.item(i));
        }
        return all;
    }

    static void detach(Node node) {
        if (node.getParentNode() != null) {
            node.getParentNode().removeChild(node);
        }
    }
}
