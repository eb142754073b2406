package org.maillage.diagram.internal.graph;

import java.util.Optional;

/**
 * Diagram ids made of the model's names, so that they survive a re-parse and key the layout
 * sidecar: {@code actor:PNR}, {@code function:Velo/Decision}, {@code role:Velo/Decision/CCPL}.
 * Names are identifiers of the language ({@code [A-Za-z_][A-Za-z0-9_]*}): ':' and '/' never
 * occur in them.
 */
public final class ElementIds {
    public static final String TITLE_SUFFIX = "#title";
    public static final String HEADING_SUFFIX = "#heading";

    public static String of(String kind, String... names) {
        return kind + ":" + String.join("/", names);
    }

    public static String kind(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? "" : id.substring(0, colon);
    }

    public static String[] names(String id) {
        String bare = withoutLabelSuffix(id);
        int colon = bare.indexOf(':');
        return colon < 0 ? new String[0] : bare.substring(colon + 1).split("/");
    }

    /** The element a label id belongs to, if {@code id} is a label's. */
    public static Optional<String> ownerOfLabel(String id) {
        if (id.endsWith(TITLE_SUFFIX) || id.endsWith(HEADING_SUFFIX)) {
            return Optional.of(withoutLabelSuffix(id));
        }
        return Optional.empty();
    }

    private static String withoutLabelSuffix(String id) {
        int hash = id.indexOf('#');
        return hash < 0 ? id : id.substring(0, hash);
    }

    private ElementIds() {
    }
}
