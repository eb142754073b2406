package org.maillage.generator.sheet.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The print setup of an ODS package: page layout in {@code styles.xml}, header rows in {@code content.xml}. */
final class OdsPrintLayout {

    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    /**
     * The default page style ("Default", the one a sheet with no master page uses) made A4
     * landscape and scaled to one page wide (as many pages high as needed).
     */
    private static final String PAGE = "<office:automatic-styles><style:page-layout style:name=\"pm1\">"
            + "<style:page-layout-properties fo:page-width=\"29.7cm\" fo:page-height=\"21cm\""
            + " style:print-orientation=\"landscape\" fo:margin-top=\"1cm\" fo:margin-bottom=\"1cm\""
            + " fo:margin-left=\"1cm\" fo:margin-right=\"1cm\" style:scale-to-X=\"1\" style:scale-to-Y=\"0\""
            + " loext:scale-to-X=\"1\" loext:scale-to-Y=\"0\"/>"
            + "</style:page-layout></office:automatic-styles><office:master-styles>"
            + "<style:master-page style:name=\"Default\" style:page-layout-name=\"pm1\"/></office:master-styles>";

    private OdsPrintLayout() {
    }

    static byte[] pageLayout(byte[] styles) throws IOException {
        String xml = new String(styles, StandardCharsets.UTF_8);
        if (!xml.contains("</office:document-styles>") || xml.contains("<office:master-styles")) {
            throw new IOException("unexpected styles.xml: no room for the page layout");
        }
        xml = xml.replaceFirst("<office:document-styles ", "<office:document-styles"
                + " xmlns:loext=\"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0\" ");
        return xml.replace("</office:document-styles>", PAGE + "</office:document-styles>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Wraps each named table's header row in {@code table:table-header-rows}. */
    static byte[] headerRows(byte[] content, Map<String, Integer> headerRows) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
            var tables = document.getElementsByTagNameNS(TABLE, "table");
            for (int t = 0; t < tables.getLength(); t++) {
                Element table = (Element) tables.item(t);
                Integer index = headerRows.get(table.getAttributeNS(TABLE, "name"));
                Element row = index == null ? null : row(table, index);
                if (row != null) {
                    Element wrapper = document.createElementNS(TABLE, "table:table-header-rows");
                    table.insertBefore(wrapper, row);
                    wrapper.appendChild(row);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot set the header rows of the spreadsheet: " + e.getMessage(), e);
        }
    }

    /** The table's row that starts at the given index, counting repeated rows; null if none does. */
    private static Element row(Element table, int index) {
        int at = 0;
        for (Node child = table.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && TABLE.equals(element.getNamespaceURI())
                    && "table-row".equals(element.getLocalName())) {
                if (at == index) {
                    return element;
                }
                String repeated = element.getAttributeNS(TABLE, "number-rows-repeated");
                at += repeated.isEmpty() ? 1 : Integer.parseInt(repeated);
                if (at > index) {
                    return null;
                }
            }
        }
        return null;
    }
}
