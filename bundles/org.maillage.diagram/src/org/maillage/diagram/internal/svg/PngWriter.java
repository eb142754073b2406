package org.maillage.diagram.internal.svg;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;

/**
 * A diagram picture as PNG: the SVG {@link SvgWriter} wrote, rendered by jsvg into an image of
 * its width and height in pixels, without a display (AWT headless). The picture references no
 * external resource, and jsvg is told to load none. A picture larger than {@value #MAX_SIDE}
 * pixels a side or {@value #MAX_PIXELS} pixels in all is scaled down to fit (memory: 4 bytes a
 * pixel).
 */
public final class PngWriter {
    static final int MAX_SIDE = 16_384;
    static final long MAX_PIXELS = 40_000_000L;

    private PngWriter() {
    }

    public static byte[] write(String svg) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        LoaderContext context = LoaderContext.builder().cssParser(new DiagramCss())
                .externalResourcePolicy(ResourcePolicy.DENY_ALL).build();
        SVGDocument document = new SVGLoader()
                .load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)), null, context);
        if (document == null) {
            throw new IOException("jsvg could not read the diagram's SVG");
        }
        FloatSize size = document.size();
        double scale = scale(size.width, size.height);
        int width = Math.max(1, (int) Math.ceil(size.width * scale));
        int height = Math.max(1, (int) Math.ceil(size.height * scale));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.scale(scale, scale);
            document.render(null, graphics, new ViewBox(size));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        return png.toByteArray();
    }

    /** 1, or less for a picture over the bounds. */
    static double scale(double width, double height) {
        double scale = Math.min(1, Math.min(MAX_SIDE / width, MAX_SIDE / height));
        double pixels = width * scale * height * scale;
        return pixels > MAX_PIXELS ? scale * Math.sqrt(MAX_PIXELS / pixels) : scale;
    }
}
