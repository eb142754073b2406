package org.maillage.diagram.internal.svg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The stylesheet shared by the web client and the SVG pictures ({@code style/diagram.css}). */
public final class DiagramStyle {
    public static final String RESOURCE = "/style/diagram.css";

    public static String css() {
        try (InputStream in = DiagramStyle.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DiagramStyle() {
    }
}
