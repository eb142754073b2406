package org.maillage.generator.convention.internal.pdf;

import java.util.ArrayList;
import java.util.List;

import org.maillage.generator.convention.internal.pdf.OdtStyleSheet.Look;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The ODT's body as OpenPDF blocks: paragraphs, headings, list items, tables; sections are opened. */
final class OdtBlocks {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private static final Look BODY = new Look(false, false, 11f, null);
    private static final char NARROW_NO_BREAK_SPACE = '\u202F';

    private final OdtStyleSheet styles;
    private final BaseFont font;

    OdtBlocks(OdtStyleSheet styles, BaseFont font) {
        this.styles = styles;
        this.font = font;
    }

    /** The blocks of a container (the body, a section, a cell, a list item). */
    List<com.lowagie.text.Element> blocks(Element container) {
        List<com.lowagie.text.Element> blocks = new ArrayList<>();
        blocks(container, 0, blocks);
        return blocks;
    }

    private void blocks(Element container, int listDepth, List<com.lowagie.text.Element> blocks) {
        for (Node node = container.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element element)) {
                continue;
            }
            String ns = element.getNamespaceURI();
            String name = element.getLocalName();
            if (TEXT.equals(ns) && name.equals("h")) {
                blocks.add(paragraph(element, heading(element), 0, null));
            } else if (TEXT.equals(ns) && name.equals("p")) {
                blocks.add(paragraph(element, BODY, listDepth, null));
            } else if (TEXT.equals(ns) && name.equals("list")) {
                list(element, listDepth + 1, blocks);
            } else if (TEXT.equals(ns) && name.equals("section")) {
                blocks(element, listDepth, blocks);
            } else if (TABLE.equals(ns) && name.equals("table")) {
                blocks.add(table(element));
            }
        }
    }

    private void list(Element list, int depth, List<com.lowagie.text.Element> blocks) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNextSibling()) {
            if (item instanceof Element element && TEXT.equals(element.getNamespaceURI())
                    && (element.getLocalName().equals("list-item") || element.getLocalName().equals("list-header"))) {
                boolean first = true;
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element paragraph && TEXT.equals(paragraph.getNamespaceURI())
                            && paragraph.getLocalName().equals("p")) {
                        blocks.add(paragraph(paragraph, BODY, depth, first ? "•  " : null));
                        first = false;
                    } else if (child instanceof Element nested && TEXT.equals(nested.getNamespaceURI())
                            && nested.getLocalName().equals("list")) {
                        list(nested, depth + 1, blocks);
                    }
                }
            }
        }
    }

    private Look heading(Element heading) {
        String level = heading.getAttributeNS(TEXT, "outline-level");
        float size = switch (level) {
        case "1" -> 16f;
        case "2" -> 13.5f;
        default -> 12f;
        };
        return new Look(true, false, size, null);
    }

    private Paragraph paragraph(Element element, Look base, int indent, String bullet) {
        Look look = styles.look(element.getAttributeNS(TEXT, "style-name")).over(base);
        Paragraph paragraph = new Paragraph();
        paragraph.setAlignment(OdtPdf.alignment(look.align()));
        paragraph.setLeading(look.size() * 1.3f);
        paragraph.setSpacingAfter(look.size() * 0.45f);
        if (base != BODY) {
            paragraph.setSpacingBefore(look.size() * 0.8f);
            paragraph.setKeepTogether(true);
        }
        paragraph.setIndentationLeft(indent * 18f);
        if (bullet != null) {
            paragraph.add(new Chunk(bullet, font(look)));
        }
        inline(element, look, paragraph);
        if (paragraph.isEmpty()) {
            paragraph.add(new Chunk(" ", font(look)));
        }
        return paragraph;
    }

    private void inline(Element element, Look look, Paragraph paragraph) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.TEXT_NODE) {
                paragraph.add(new Chunk(printable(node.getNodeValue()), font(look)));
            } else if (node instanceof Element child && TEXT.equals(child.getNamespaceURI())) {
                switch (child.getLocalName()) {
                case "span", "a" -> inline(child, styles.look(child.getAttributeNS(TEXT, "style-name")).over(look),
                        paragraph);
                case "s" -> paragraph.add(new Chunk(" ".repeat(count(child.getAttributeNS(TEXT, "c"))), font(look)));
                case "tab" -> paragraph.add(new Chunk("    ", font(look)));
                case "line-break" -> paragraph.add(Chunk.NEWLINE);
                default -> inline(child, look, paragraph);
                }
            }
        }
    }

    /** The text with the narrow no-break space replaced by a no-break space when the font lacks it. */
    private String printable(String text) {
        return font.charExists(NARROW_NO_BREAK_SPACE) ? text : text.replace(NARROW_NO_BREAK_SPACE, '\u00A0');
    }

    private static int count(String c) {
        try {
            return c.isEmpty() ? 1 : Math.min(Integer.parseInt(c), 100);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private Font font(Look look) {
        int style = (Boolean.TRUE.equals(look.bold()) ? Font.BOLD : 0)
                | (Boolean.TRUE.equals(look.italic()) ? Font.ITALIC : 0);
        return new Font(font, look.size() == null ? 11f : look.size(), style);
    }

    private PdfPTable table(Element table) {
        List<Element> rows = new ArrayList<>();
        collectRows(table, rows);
        int columns = 1;
        for (Element row : rows) {
            int cells = 0;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNextSibling()) {
                if (cell instanceof Element element && TABLE.equals(element.getNamespaceURI())) {
                    cells += Math.max(1, count(element.getAttributeNS(TABLE, "number-columns-repeated")));
                }
            }
            columns = Math.max(columns, Math.min(cells, 64));
        }
        PdfPTable pdf = new PdfPTable(columns);
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(4);
        pdf.setSpacingAfter(8);
        pdf.setHeaderRows(0);
        for (Element row : rows) {
            int placed = 0;
            for (Node node = row.getFirstChild(); node != null && placed < columns; node = node.getNextSibling()) {
                if (node instanceof Element cell && TABLE.equals(cell.getNamespaceURI())
                        && cell.getLocalName().equals("table-cell")) {
                    PdfPCell pdfCell = new PdfPCell();
                    pdfCell.setPadding(4);
                    int span = Math.min(columns - placed, Math.max(1,
                            count(cell.getAttributeNS(TABLE, "number-columns-spanned"))));
                    pdfCell.setColspan(span);
                    blocks(cell).forEach(pdfCell::addElement);
                    pdf.addCell(pdfCell);
                    placed += span;
                }
            }
            pdf.completeRow();
        }
        return pdf;
    }

    private static void collectRows(Element container, List<Element> rows) {
        for (Node node = container.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && TABLE.equals(element.getNamespaceURI())) {
                if (element.getLocalName().equals("table-row")) {
                    rows.add(element);
                } else if (element.getLocalName().endsWith("rows")) {
                    collectRows(element, rows);
                }
            }
        }
    }
}
