package org.maillage.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.DiagramPictures;
import org.maillage.diagram.internal.document.FileDocument;
import org.maillage.diagram.internal.edit.LoadedModel;
import org.maillage.diagram.internal.svg.DiagramStyle;
import org.maillage.model.coop.Plan;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.w3c.dom.Document;

/** The pictures the diagram generator writes: well-formed SVG, whole titles, user text never markup, RACI colours. */
class SvgPictureTest {

    @TempDir
    Path folder;

    @Test
    void thePicturesAreWellFormedAndShowTheWholeTitles() throws Exception {
        Example.copy(folder);
        LoadedModel model = Example.load(new FileDocument(folder.resolve("plan-lamastre.coop")));
        Plan plan = model.plan("PlanLamastre").orElseThrow();
        String map = DiagramPictures.svg(DiagramKind.MAP, plan, Locale.FRENCH, model.findings());
        Document svg = parse(map);
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("Carte de coopération – Plan de coopération PNR des Monts d'Ardèche – CC du Pays de Lamastre"));
        assertTrue(text.contains("Communauté de communes du Pays de"), "a long title is wrapped, not cut");
        String who = DiagramPictures.svg(DiagramKind.WHO_DOES_WHAT, plan, Locale.ENGLISH, model.findings());
        assertTrue(parse(who).getDocumentElement().getTextContent().contains("Accountable (A)"), "legend in English");
    }

    @Test
    void hostileTitlesOfTheSharedCorpusStayText() throws Exception {
        LoadedModel model = Example.load(new FileDocument(Example.hostileCorpus()));
        Plan plan = model.plan("Hostile").orElseThrow();
        for (DiagramKind kind : DiagramKind.values()) {
            String svg = DiagramPictures.svg(kind, plan, Locale.FRENCH, model.findings());
            Document document = parse(svg);
            assertEquals(0, document.getElementsByTagName("script").getLength());
            assertFalse(svg.contains("<script"), "no script element");
            assertFalse(Pattern.compile("\\son\\w+=\"").matcher(svg).find(), "no event attribute");
            assertFalse(svg.contains("href"), "no link");
            assertTrue(svg.length() < 200_000, "a 100,000-character title is cut, not drawn whole: " + svg.length());
        }
        String who = parse(DiagramPictures.svg(DiagramKind.WHO_DOES_WHAT, plan, Locale.FRENCH, model.findings()))
                .getDocumentElement().getTextContent();
        for (String title : List.of("<script>document.title='PWNED-script'</script>", "=1+1", "${7*7}", "\uD83D\uDEB2",
                "\u202Eexe.ppa", "Coope\u0301ration")) {
            assertTrue(who.contains(title), "shown as text: " + title);
        }
        assertTrue(who.contains("Titre très long – …"), "the long title ends with an ellipsis");
    }

    @Test
    void roleColoursAreThoseOfTheRaciOutputs() {
        String css = DiagramStyle.css();
        for (Role role : Raci.CELL_ORDER) {
            String letter = role.getLiteral();
            Matcher m = Pattern.compile("\\.mg-edge\\.role-" + letter + " \\{ stroke: #(\\w{6});.*text\\.mg-edge-label\\.role-" + letter
                    + " \\{ fill: #(\\w{6}); \\}").matcher(css);
            assertTrue(m.find(), "rules for " + role);
            assertEquals(Raci.COLOURS.get(role), m.group(1));
            assertEquals(Raci.COLOURS.get(role), m.group(2));
        }
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

}
