package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code maillage generate diagram}: two pictures per plan in SVG and PNG, laid out, with the whole titles. */
class DiagramGeneratorHeadlessTest {

    @TempDir
    Path dir;

    @Test
    void eachPlanGetsAMapAndAWhoDoesWhatPicture() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.in(CliRun.examples().getParent(), "generate", "diagram", "-o", out.toString(), "examples/monts-ardeche");
        assertEquals(0, run.exit(), run.toString());
        try (Stream<Path> list = Files.list(out)) {
            assertEquals(List.of("PlanLamastre-map.png", "PlanLamastre-map.svg", "PlanLamastre-who-does-what.png",
                    "PlanLamastre-who-does-what.svg", "PlanValEyrieux-map.png", "PlanValEyrieux-map.svg",
                    "PlanValEyrieux-who-does-what.png", "PlanValEyrieux-who-does-what.svg"),
                    list.map(p -> p.getFileName().toString()).sorted().toList());
        }
        BufferedImage png = ImageIO.read(out.resolve("PlanValEyrieux-map.png").toFile());
        assertTrue(png != null && png.getWidth() > 100 && png.getHeight() > 100, "a PNG picture, without a display");
        Document map = parse(out.resolve("PlanValEyrieux-map.svg"));
        String text = map.getDocumentElement().getTextContent();
        assertTrue(text.contains("Carte de coopération"), text);
        // A wrapped title is one text of several lines (tspans): compare without the spaces between lines.
        assertTrue(text.replace(" ", "").contains("OfficedetourismeArdècheHautesVallées"), "an actor's whole title");
        assertTrue(text.contains("ConvSentiers"), "a convention");
        CliRun english = CliRun.in(CliRun.examples().getParent(), "--lang", "en", "generate", "diagram", "-o", out.toString(),
                "examples/monts-ardeche");
        assertEquals(0, english.exit(), english.toString());
        assertTrue(parse(out.resolve("PlanLamastre-who-does-what.svg")).getDocumentElement().getTextContent().contains("Who does what"));
    }

    @Test
    void theGeneratorIsListed() {
        CliRun run = CliRun.in(dir, "generators");
        assertTrue(run.out().lines().anyMatch(l -> l.matches("diagram +Diagrammes +svg,png +org\\.maillage\\.diagram")), run.out());
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = Files.newInputStream(file)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
