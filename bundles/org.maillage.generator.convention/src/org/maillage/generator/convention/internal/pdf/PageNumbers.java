package org.maillage.generator.convention.internal.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/** "page x / y" centred at the foot of each page; y is written once the last page is known. */
final class PageNumbers extends PdfPageEventHelper {

    private static final float SIZE = 9;

    private final BaseFont font;
    private final String word;
    private PdfTemplate total;

    PageNumbers(BaseFont font, String word) {
        this.font = font;
        this.word = word;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 16);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String text = word + " " + writer.getPageNumber() + " / ";
        Rectangle page = document.getPageSize();
        float width = font.getWidthPoint(text, SIZE) + font.getWidthPoint("00", SIZE);
        float x = (page.getLeft() + page.getRight()) / 2 - width / 2;
        float y = document.bottom() - 30;
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginText();
        canvas.setFontAndSize(font, SIZE);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
        canvas.addTemplate(total, x + font.getWidthPoint(text, SIZE), y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
