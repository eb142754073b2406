package org.maillage.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.DiagramPictures;
import org.maillage.diagram.internal.document.FileDocument;
import org.maillage.diagram.internal.edit.LoadedModel;
import org.maillage.diagram.internal.svg.PngWriter;
import org.maillage.model.coop.Plan;

/**
 * The PNG pictures of the diagram generator: jsvg renders the SVG picture, styles included, into
 * a valid image of the SVG's size, and refuses nothing of it (no warning from its parser).
 */
class PngPictureTest {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final Pattern SIZE = Pattern.compile("<svg [^>]*width=\"([\\d.]+)\" height=\"([\\d.]+)\"");

    @TempDir
    Path folder;

    @Test
    void eachDiagramOfTheExampleIsAPngOfTheSvgsSizeInTheDiagramsColours() throws Exception {
        Example.copy(folder);
        LoadedModel model = Example.load(new FileDocument(folder.resolve("plan-lamastre.coop")));
        Plan plan = model.plan("PlanLamastre").orElseThrow();
        List<String> refused = jsvgWarningsWhile(() -> {
            for (DiagramKind kind : DiagramKind.values()) {
                String svg = DiagramPictures.svg(kind, plan, Locale.FRENCH, model.findings());
                BufferedImage image = image(PngWriter.write(svg));
                Matcher size = SIZE.matcher(svg);
                assertTrue(size.find(), svg);
                assertEquals((int) Math.ceil(Double.parseDouble(size.group(1))), image.getWidth(), kind + " width");
                assertEquals((int) Math.ceil(Double.parseDouble(size.group(2))), image.getHeight(), kind + " height");
                assertTrue(share(image, rgb -> rgb != 0xffffff) > 0.02, kind + ": more than a blank page");
                assertTrue(share(image, rgb -> rgb == 0x000000) < 0.01, kind + ": no shape left black, unstyled");
                if (kind == DiagramKind.MAP) {
                    assertTrue(share(image, rgb -> rgb == 0xfff6dc) > 0.001, "actors filled as the stylesheet says");
                    assertTrue(share(image, rgb -> rgb == 0xeef6ea) > 0.001, "territories filled as the stylesheet says");
                } else {
                    assertTrue(share(image, rgb -> rgb == 0xeaf1fb) > 0.001, "actions filled as the stylesheet says");
                }
            }
        });
        assertEquals(List.of(), refused, "jsvg applies the whole picture, stylesheet included");
    }

    @Test
    void theHostileCorpusRendersToo() throws Exception {
        LoadedModel model = Example.load(new FileDocument(Example.hostileCorpus()));
        Plan plan = model.plan("Hostile").orElseThrow();
        for (DiagramKind kind : DiagramKind.values()) {
            byte[] png = DiagramPictures.png(kind, plan, Locale.FRENCH, model.findings());
            assertArrayEquals(SIGNATURE, Arrays.copyOf(png, SIGNATURE.length));
            assertTrue(image(png).getWidth() > 0);
        }
    }

    @Test
    void aStylesheetJsvgCouldNotApplyIsRefusedNotDrawnWrong() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><style>rect:hover { fill: red; }"
                + "</style><rect width=\"10\" height=\"10\"/></svg>";
        assertThrows(IOException.class, () -> PngWriter.write(svg));
    }

    private interface Rendering {
        void run() throws Exception;
    }

    /** What jsvg logged at WARNING or above while {@code rendering} ran. */
    private static List<String> jsvgWarningsWhile(Rendering rendering) throws Exception {
        Logger logger = Logger.getLogger("com.github.weisj.jsvg");
        List<String> warnings = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            rendering.run();
        } finally {
            logger.removeHandler(handler);
        }
        return warnings;
    }

    private static BufferedImage image(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image != null, "a PNG ImageIO reads");
        return image;
    }

    private interface Colour {
        boolean test(int rgb);
    }

    /** The share of opaque pixels whose colour passes {@code colour}. */
    private static double share(BufferedImage image, Colour colour) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                if ((argb >>> 24) == 0xff && colour.test(argb & 0xffffff)) {
                    count++;
                }
            }
        }
        return (double) count / ((long) image.getWidth() * image.getHeight());
    }
}
