package org.maillage.generator.convention.internal.zones;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * An ODT or DOCX document as its zip entries, whose XML parts are parsed on demand and written
 * back when changed. Parsing refuses document type declarations and external entities (the bytes
 * of an untrusted document are checked before, see {@link PreviousDocument}); the rewritten zip
 * keeps the entries' order, and ODF's {@code mimetype} first and stored.
 */
public final class ZonePackage {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, Document> parsed = new LinkedHashMap<>();

    private ZonePackage() {
    }

    /** The entries of the zip in {@code bytes}. */
    public static ZonePackage read(byte[] bytes) throws IOException {
        ZonePackage result = new ZonePackage();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    result.entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        return result;
    }

    public boolean has(String entry) {
        return entries.containsKey(entry);
    }

    /** The XML entry, parsed once; kept so that changes are written back by {@link #write()}. */
    public Document xml(String entry) throws IOException {
        Document document = parsed.get(entry);
        if (document == null) {
            byte[] bytes = entries.get(entry);
            if (bytes == null) {
                throw new IOException("no " + entry + " in the document");
            }
            try {
                document = builder().parse(new ByteArrayInputStream(bytes));
            } catch (SAXException e) {
                throw new IOException(entry + ": " + e.getMessage(), e);
            }
            parsed.put(entry, document);
        }
        return document;
    }

    /** A parser with no document type declaration, no external entity, no XInclude. */
    static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    /** The document as a zip, with the parsed parts serialized again. */
    byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (entries.containsKey("mimetype")) {
                byte[] mimetype = entries.get("mimetype");
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(mimetype.length);
                CRC32 crc = new CRC32();
                crc.update(mimetype);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(mimetype);
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (!entry.getKey().equals("mimetype")) {
                    zip.putNextEntry(new ZipEntry(entry.getKey()));
                    Document document = parsed.get(entry.getKey());
                    zip.write(document == null ? entry.getValue() : serialize(document));
                    zip.closeEntry();
                }
            }
        }
        return out.toByteArray();
    }

    /** Adds or replaces a part that is not XML parsed here (a new part's bytes). */
    void put(String entry, byte[] bytes) {
        parsed.remove(entry);
        entries.put(entry, bytes);
    }

    private static byte[] serialize(Document document) throws IOException {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IOException(e);
        }
    }
}
