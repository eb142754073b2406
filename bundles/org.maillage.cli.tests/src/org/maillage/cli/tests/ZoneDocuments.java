package org.maillage.cli.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;

/**
 * Fixture documents for the user zones: templates with zones made from the shipped ones (their
 * styles and packaging, a body of our own: the title, then one heading and one zone per key), and
 * zip + DOM access to the documents generated from them, to edit a zone as a lawyer would.
 */
final class ZoneDocuments {

    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private ZoneDocuments() {
    }

    /** The entries of a zip, in order. */
    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry e = new ZipEntry(entry.getKey());
                if (entry.getKey().equals("mimetype")) {
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(entry.getValue().length);
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static byte[] serialize(Document document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    /** The XML part {@code entry} of the document file. */
    static Document part(Path file, String entry) throws Exception {
        return parse(entries(Files.readAllBytes(file)).get(entry));
    }

    /** Rewrites the XML part {@code entry} of the document file with {@code document}. */
    static void replacePart(Path file, String entry, Document document) throws Exception {
        Map<String, byte[]> entries = entries(Files.readAllBytes(file));
        entries.put(entry, serialize(document));
        Files.write(file, zip(entries));
    }

    /** An ODT template: the shipped one's styles, a body with the title and one zone per key. */
    static void odtTemplate(Path file, List<String> zones) throws Exception {
        Map<String, byte[]> entries = entries(Files.readAllBytes(HostileTemplates.original("odt")));
        String content = new String(entries.get("content.xml"), StandardCharsets.UTF_8);
        StringBuilder body = new StringBuilder("<text:p text:style-name=\"Title\">${convention.title}</text:p>");
        for (String zone : zones) {
            body.append("<text:h text:outline-level=\"2\">Article ").append(zone).append("</text:h>")
                    .append("<text:p>Texte généré de l'article ").append(zone).append(".</text:p>")
                    .append("<text:section text:name=\"texte_libre_").append(zone).append("\"><text:p/></text:section>");
        }
        int start = content.indexOf('>', content.indexOf("<office:text")) + 1;
        int end = content.indexOf("</office:text>");
        entries.put("content.xml", (content.substring(0, start) + body + content.substring(end))
                .getBytes(StandardCharsets.UTF_8));
        Files.write(file, zip(entries));
    }

    /** A DOCX template: the shipped one's parts, a body with the title and one bookmarked zone per key. */
    static void docxTemplate(Path file, List<String> zones) throws Exception {
        Map<String, byte[]> entries = entries(Files.readAllBytes(HostileTemplates.original("docx")));
        String document = new String(entries.get("word/document.xml"), StandardCharsets.UTF_8);
        StringBuilder body = new StringBuilder("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>"
                + "${convention.title}</w:t></w:r></w:p>");
        int id = 10;
        for (String zone : zones) {
            body.append("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Article ").append(zone)
                    .append("</w:t></w:r></w:p><w:p><w:r><w:t>Texte généré de l'article ").append(zone)
                    .append(".</w:t></w:r></w:p><w:p><w:bookmarkStart w:id=\"").append(id)
                    .append("\" w:name=\"texte_libre_").append(zone).append("\"/><w:bookmarkEnd w:id=\"").append(id)
                    .append("\"/></w:p>");
            id++;
        }
        int start = document.indexOf('>', document.indexOf("<w:body")) + 1;
        int end = document.lastIndexOf("<w:sectPr");
        entries.put("word/document.xml", (document.substring(0, start) + body + document.substring(end))
                .getBytes(StandardCharsets.UTF_8));
        Files.write(file, zip(entries));
    }
}
