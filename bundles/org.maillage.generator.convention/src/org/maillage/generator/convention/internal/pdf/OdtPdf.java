package org.maillage.generator.convention.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.maillage.generator.convention.internal.zones.ZonePackage;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A convention's ODT as a PDF, laid out by OpenPDF inside the product (no external program):
 * headings, paragraphs with bold, italic, size and alignment, lists, tables, user zones (their
 * content is the document's), and "page x / y" at the foot of each page, in Liberation Sans
 * (embedded: accents, «, », €, no-break spaces). Not rendered: pictures, colours, borders,
 * headers and footers of the ODT's own page styles, fonts other than Liberation Sans.
 */
public final class OdtPdf {

    private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";

    private static volatile byte[] fontBytes;

    private OdtPdf() {
    }

    /** The PDF of the ODT in {@code odt}; {@code pageWord} is the word before the page number ("page"). */
    public static byte[] convert(byte[] odt, String pageWord) throws IOException {
        ZonePackage document = ZonePackage.read(odt);
        OdtStyleSheet styles = new OdtStyleSheet(document.xml("content.xml"),
                document.has("styles.xml") ? document.xml("styles.xml") : null);
        BaseFont font = font();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 57, 57, 57, 70);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPageEvent(new PageNumbers(font, pageWord));
            pdf.open();
            Node text = document.xml("content.xml").getElementsByTagNameNS(OdtBlocks.OFFICE, "text").item(0);
            if (text != null) {
                new OdtBlocks(styles, font).blocks((Element) text).forEach(pdf::add);
            }
            if (writer.getPageNumber() == 1 && writer.isPageEmpty()) {
                pdf.add(new com.lowagie.text.Paragraph(" "));
            }
            pdf.close();
        } catch (RuntimeException e) {
            throw new IOException("PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Liberation Sans, shipped by OpenPDF, embedded as Unicode (read once). */
    static BaseFont font() throws IOException {
        byte[] bytes = fontBytes;
        if (bytes == null) {
            try (InputStream in = BaseFont.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IOException("the PDF font " + FONT + " is missing from OpenPDF");
                }
                bytes = in.readAllBytes();
            }
            fontBytes = bytes;
        }
        try {
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    bytes, null);
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    static int alignment(String align) {
        if (align == null) {
            return com.lowagie.text.Element.ALIGN_LEFT;
        }
        return switch (align) {
        case "center" -> com.lowagie.text.Element.ALIGN_CENTER;
        case "end", "right" -> com.lowagie.text.Element.ALIGN_RIGHT;
        case "justify" -> com.lowagie.text.Element.ALIGN_JUSTIFIED;
        default -> com.lowagie.text.Element.ALIGN_LEFT;
        };
    }
}
