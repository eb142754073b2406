package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Regeneration keeps the lawyer's text: a zone edited in the generated ODT or DOCX is carried into
 * the document generated again from a changed model, the previous file is kept beside it, a zone
 * whose article disappeared goes to the annex and is reported, and a previous file that cannot be
 * trusted stops the generation with nothing written.
 */
class UserZonesHeadlessTest {

    private static final String MODEL = """
            actor X "Communauté de communes du Val" public
            actor Y "Commune de Saint-Agrève" public
            function F "Animation"
            plan P "Plan" from 2024 to 2026 {
                action Act "Sentiers" {
                    F: A/R X, C Y
                }
                convention K "%s" kind partnership between X, Y covers Act {
                    committee Cop "Comité" members X
                }
            }
            """;

    @TempDir
    Path dir;

    private CliRun generate(String format, String template, String title) throws Exception {
        Files.writeString(dir.resolve("m.coop"), MODEL.formatted(title));
        return CliRun.in(dir, "generate", "convention", "--format", format, "--template", template, "-o", "out",
                "m.coop");
    }

    @Test
    void odtZoneTextSurvivesAModelChangeWithItsStylesAndTheOrphanGoesToTheAnnex() throws Exception {
        ZoneDocuments.odtTemplate(dir.resolve("t1.odt"), List.of("objet", "duree"));
        assertEquals(0, generate("odt", "t1.odt", "Convention des sentiers").exit());
        Path odt = dir.resolve("out/K.odt");
        Document content = ZoneDocuments.part(odt, "content.xml");
        Element automatic = (Element) content.getElementsByTagNameNS(OFFICE, "automatic-styles").item(0);
        automatic.appendChild(boldStyle(content, "P1"));
        Element objet = section(content, "texte_libre_objet");
        clear(objet);
        Element bold = content.createElementNS(ZoneDocuments.TEXT, "text:p");
        bold.setAttributeNS(ZoneDocuments.TEXT, "text:style-name", "P1");
        bold.setTextContent("Les parties conviennent en outre d'un balisage commun.");
        objet.appendChild(bold);
        Element list = content.createElementNS(ZoneDocuments.TEXT, "text:list");
        Element item = content.createElementNS(ZoneDocuments.TEXT, "text:list-item");
        Element itemText = content.createElementNS(ZoneDocuments.TEXT, "text:p");
        itemText.setTextContent("Premier point de la liste");
        item.appendChild(itemText);
        list.appendChild(item);
        objet.appendChild(list);
        Element duree = section(content, "texte_libre_duree");
        clear(duree);
        Element recital = content.createElementNS(ZoneDocuments.TEXT, "text:p");
        recital.setTextContent("Prorogation tacite d'un an, sauf dénonciation trois mois avant le terme.");
        duree.appendChild(recital);
        ZoneDocuments.replacePart(odt, "content.xml", content);
        byte[] edited = Files.readAllBytes(odt);

        ZoneDocuments.odtTemplate(dir.resolve("t2.odt"), List.of("objet"));
        CliRun again = generate("odt", "t2.odt", "Convention des sentiers balisés");
        assertEquals(0, again.exit(), again.toString());
        assertArrayEquals(edited, Files.readAllBytes(dir.resolve("out/K.previous.odt")), "the previous file, kept");
        Document regenerated = ZoneDocuments.part(odt, "content.xml");
        String text = regenerated.getDocumentElement().getTextContent();
        assertTrue(text.contains("Convention des sentiers balisés"), "the model's change: " + text);
        Element carried = section(regenerated, "texte_libre_objet");
        assertTrue(carried.getTextContent().contains("balisage commun")
                && carried.getTextContent().contains("Premier point de la liste"), carried.getTextContent());
        assertEquals(1, carried.getElementsByTagNameNS(ZoneDocuments.TEXT, "list").getLength(), "the list survives");
        String style = ((Element) carried.getElementsByTagNameNS(ZoneDocuments.TEXT, "p").item(0))
                .getAttributeNS(ZoneDocuments.TEXT, "style-name");
        Element definition = automaticStyle(regenerated, style);
        assertNotNull(definition, "the bold paragraph's style " + style + " is defined in the new document");
        assertEquals("bold", ((Element) definition.getElementsByTagNameNS(FO_STYLE, "text-properties").item(0))
                .getAttributeNS(FO, "font-weight"));
        Element annex = section(regenerated, "texte_libre_non_replace");
        assertNotNull(annex, "the zone whose article disappeared goes to the annex");
        assertTrue(annex.getTextContent().contains("Prorogation tacite d'un an"), annex.getTextContent());
        assertTrue(text.contains("Texte libre non replacé"));
        assertTrue(again.err().contains("texte libre repris de la version précédente dans 1 zone(s) : texte_libre_objet"),
                again.err());
        assertTrue(again.err().contains("la zone « texte_libre_duree » n'a plus de place (son article a disparu) ;"
                + " son texte « Prorogation tacite d'un an, sauf dénonciation trois mois …"), again.err());
        assertTrue(again.err().contains("la version précédente est gardée dans K.previous.odt"), again.err());

        CliRun third = generate("odt", "t2.odt", "Convention des sentiers balisés");
        assertEquals(0, third.exit(), third.toString());
        Element annexAgain = section(ZoneDocuments.part(odt, "content.xml"), "texte_libre_non_replace");
        assertTrue(annexAgain.getTextContent().contains("Prorogation tacite d'un an"),
                "the annex is itself a zone: the orphan's text is never dropped by a later regeneration");
    }

    @Test
    void docxZoneTextSurvivesAModelChangeWithItsNumberingAndTheOrphanGoesToTheAnnex() throws Exception {
        ZoneDocuments.docxTemplate(dir.resolve("t1.docx"), List.of("objet", "duree"));
        assertEquals(0, generate("docx", "t1.docx", "Convention des sentiers").exit());
        Path docx = dir.resolve("out/K.docx");
        Document numbering = ZoneDocuments.part(docx, "word/numbering.xml");
        String numbered = """
                <w:numbering xmlns:w="%s"><w:abstractNum w:abstractNumId="77"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/>\
                <w:lvlText w:val="%%1."/></w:lvl></w:abstractNum><w:num w:numId="77"><w:abstractNumId w:val="77"/></w:num>\
                </w:numbering>""".formatted(ZoneDocuments.W);
        Document lawyers = ZoneDocuments.parse(numbered.getBytes(StandardCharsets.UTF_8));
        for (String kind : List.of("abstractNum", "num")) {
            Element imported = (Element) numbering.importNode(lawyers.getElementsByTagNameNS(ZoneDocuments.W, kind)
                    .item(0), true);
            numbering.getDocumentElement().appendChild(imported);
        }
        ZoneDocuments.replacePart(docx, "word/numbering.xml", numbering);
        Document document = ZoneDocuments.part(docx, "word/document.xml");
        Element objet = zoneParagraph(document, "texte_libre_objet");
        objet.appendChild(run(document, "Les parties conviennent en outre d'un balisage commun.", true));
        Element item = (Element) objet.getParentNode().insertBefore(document.createElementNS(ZoneDocuments.W, "w:p"),
                objet.getNextSibling());
        Element properties = (Element) item.appendChild(document.createElementNS(ZoneDocuments.W, "w:pPr"));
        Element numPr = (Element) properties.appendChild(document.createElementNS(ZoneDocuments.W, "w:numPr"));
        Element numId = (Element) numPr.appendChild(document.createElementNS(ZoneDocuments.W, "w:numId"));
        numId.setAttributeNS(ZoneDocuments.W, "w:val", "77");
        item.appendChild(run(document, "Premier point de la liste", false));
        // the bookmark's end moves to the last paragraph of the zone, as Word does when one types at its end
        Element end = (Element) objet.getElementsByTagNameNS(ZoneDocuments.W, "bookmarkEnd").item(0);
        objet.removeChild(end);
        item.appendChild(end);
        zoneParagraph(document, "texte_libre_duree").appendChild(
                run(document, "Prorogation tacite d'un an, sauf dénonciation trois mois avant le terme.", false));
        ZoneDocuments.replacePart(docx, "word/document.xml", document);
        byte[] edited = Files.readAllBytes(docx);

        ZoneDocuments.docxTemplate(dir.resolve("t2.docx"), List.of("objet"));
        CliRun again = generate("docx", "t2.docx", "Convention des sentiers balisés");
        assertEquals(0, again.exit(), again.toString());
        assertArrayEquals(edited, Files.readAllBytes(dir.resolve("out/K.previous.docx")));
        Document regenerated = ZoneDocuments.part(docx, "word/document.xml");
        String text = text(regenerated.getDocumentElement());
        assertTrue(text.contains("Convention des sentiers balisés"), "the model's change: " + text);
        int balisage = text.indexOf("balisage commun");
        int point = text.indexOf("Premier point de la liste");
        int objetHeading = text.indexOf("Article objet");
        assertTrue(objetHeading >= 0 && balisage > objetHeading && point > balisage, text);
        assertEquals(1, regenerated.getElementsByTagNameNS(ZoneDocuments.W, "b").getLength(), "the bold run survives");
        String carriedNum = ((Element) regenerated.getElementsByTagNameNS(ZoneDocuments.W, "numId").item(0))
                .getAttributeNS(ZoneDocuments.W, "val");
        Document newNumbering = ZoneDocuments.part(docx, "word/numbering.xml");
        assertTrue(hasNum(newNumbering, carriedNum), "the list's numbering " + carriedNum + " is in numbering.xml");
        assertTrue(text.contains("Texte libre non replacé") && text.indexOf("Prorogation tacite") > text.indexOf(
                "Texte libre non replacé"), "the orphan in the annex: " + text);
        assertEquals(List.of("texte_libre_objet", "texte_libre_non_replace"), bookmarks(regenerated));
        assertTrue(again.err().contains("la zone « texte_libre_duree » n'a plus de place"), again.err());
    }

    @Test
    void aPreviousFileThatCannotBeTrustedStopsTheGenerationAndIsLeftAsItIs() throws Exception {
        ZoneDocuments.odtTemplate(dir.resolve("t.odt"), List.of("objet"));
        Files.createDirectories(dir.resolve("out"));
        Path odt = dir.resolve("out/K.odt");
        Map<String, byte[]> cases = Map.of(
                "not a zip", "Ceci n'est pas un ODT.".getBytes(StandardCharsets.UTF_8),
                "XXE", ZoneDocuments.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text".getBytes(
                        StandardCharsets.US_ASCII), "content.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">\
                        &secret;</office:document-content>""".getBytes(StandardCharsets.UTF_8))),
                "zip bomb", Files.readAllBytes(HostileTemplates.zipBomb(dir.resolve("bomb.odt"), 130)));
        Map<String, String> reasons = Map.of("not a zip", "ce n'est pas une archive zip ODT ou DOCX", "XXE",
                "la partie content.xml déclare un type de document ou des entités XML", "zip bomb",
                "trop volumineux une fois décompressé (plus de 128 Mo)");
        for (Map.Entry<String, byte[]> hostile : cases.entrySet()) {
            Files.write(odt, hostile.getValue());
            CliRun run = generate("odt", "t.odt", "Convention");
            assertEquals(1, run.exit(), hostile.getKey() + ": " + run);
            assertTrue(run.err().contains("K.odt : le document existant ne peut pas être relu pour reprendre son texte"
                    + " libre (" + reasons.get(hostile.getKey())), hostile.getKey() + ": " + run.err());
            assertArrayEquals(hostile.getValue(), Files.readAllBytes(odt), "left as it was");
            assertFalse(Files.exists(dir.resolve("out/K.previous.odt")), "nothing written");
            assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        }
    }

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String FO_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    private static Element boldStyle(Document content, String name) {
        Element style = content.createElementNS(FO_STYLE, "style:style");
        style.setAttributeNS(FO_STYLE, "style:name", name);
        style.setAttributeNS(FO_STYLE, "style:family", "paragraph");
        Element properties = content.createElementNS(FO_STYLE, "style:text-properties");
        properties.setAttributeNS(FO, "fo:font-weight", "bold");
        style.appendChild(properties);
        return style;
    }

    private static Element automaticStyle(Document content, String name) {
        NodeList styles = content.getElementsByTagNameNS(OFFICE, "automatic-styles").item(0).getChildNodes();
        for (int i = 0; i < styles.getLength(); i++) {
            if (styles.item(i) instanceof Element style && name.equals(style.getAttributeNS(FO_STYLE, "name"))) {
                return style;
            }
        }
        return null;
    }

    private static Element section(Document content, String name) {
        NodeList sections = content.getElementsByTagNameNS(ZoneDocuments.TEXT, "section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element section = (Element) sections.item(i);
            if (name.equals(section.getAttributeNS(ZoneDocuments.TEXT, "name"))) {
                return section;
            }
        }
        return null;
    }

    private static void clear(Element element) {
        while (element.getFirstChild() != null) {
            element.removeChild(element.getFirstChild());
        }
    }

    private static Element zoneParagraph(Document document, String name) {
        NodeList starts = document.getElementsByTagNameNS(ZoneDocuments.W, "bookmarkStart");
        for (int i = 0; i < starts.getLength(); i++) {
            if (name.equals(((Element) starts.item(i)).getAttributeNS(ZoneDocuments.W, "name"))) {
                return (Element) starts.item(i).getParentNode();
            }
        }
        throw new AssertionError("no zone " + name);
    }

    private static Element run(Document document, String text, boolean bold) {
        Element run = document.createElementNS(ZoneDocuments.W, "w:r");
        if (bold) {
            run.appendChild(document.createElementNS(ZoneDocuments.W, "w:rPr"))
                    .appendChild(document.createElementNS(ZoneDocuments.W, "w:b"));
        }
        run.appendChild(document.createElementNS(ZoneDocuments.W, "w:t")).setTextContent(text);
        return run;
    }

    private static String text(Element root) {
        StringBuilder text = new StringBuilder();
        NodeList paragraphs = root.getElementsByTagNameNS(ZoneDocuments.W, "p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            text.append(paragraphs.item(i).getTextContent()).append('\n');
        }
        return text.toString();
    }

    private static boolean hasNum(Document numbering, String numId) {
        NodeList nums = numbering.getElementsByTagNameNS(ZoneDocuments.W, "num");
        for (int i = 0; i < nums.getLength(); i++) {
            if (numId.equals(((Element) nums.item(i)).getAttributeNS(ZoneDocuments.W, "numId"))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> bookmarks(Document document) {
        NodeList starts = document.getElementsByTagNameNS(ZoneDocuments.W, "bookmarkStart");
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < starts.getLength(); i++) {
            names.add(((Element) starts.item(i)).getAttributeNS(ZoneDocuments.W, "name"));
        }
        return names;
    }
}
