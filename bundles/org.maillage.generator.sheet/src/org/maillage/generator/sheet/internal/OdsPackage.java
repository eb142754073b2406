package org.maillage.generator.sheet.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.maillage.generator.Markup;

/**
 * Completes an ODS file written by SODS with what SODS has no API for: frozen panes (the view
 * settings LibreOffice reads, {@code settings.xml}, "ooo:view-settings"), the page layout
 * (landscape, fitted to the page width, in {@code styles.xml}) and the header row repeated on
 * each printed page ({@code table:table-header-rows} in {@code content.xml}). The rest of the
 * package is copied as is ({@code mimetype} first and stored, as ODF requires).
 */
final class OdsPackage {

    private OdsPackage() {
    }

    /**
     * {@code panes}: sheet name → {frozen columns, frozen rows}; {@code headerRows}: sheet name →
     * the 0-based index of its row to repeat on each printed page.
     */
    static byte[] complete(byte[] ods, Map<String, int[]> panes, Map<String, Integer> headerRows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean manifestSeen = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(ods));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("settings.xml")) {
                    continue;
                }
                if (entry.getName().equals("META-INF/manifest.xml")) {
                    manifestSeen = true;
                    String manifest = new String(content, StandardCharsets.UTF_8);
                    if (!manifest.contains("\"settings.xml\"")) {
                        manifest = manifest.replace("</manifest:manifest>",
                                " <manifest:file-entry manifest:full-path=\"settings.xml\" manifest:media-type=\"text/xml\"/>\n</manifest:manifest>");
                    }
                    content = manifest.getBytes(StandardCharsets.UTF_8);
                } else if (entry.getName().equals("styles.xml")) {
                    content = OdsPrintLayout.pageLayout(content);
                } else if (entry.getName().equals("content.xml")) {
                    content = OdsPrintLayout.headerRows(content, headerRows);
                }
                put(out, entry.getName(), content, entry.getName().equals("mimetype"));
            }
            put(out, "settings.xml", settings(panes).getBytes(StandardCharsets.UTF_8), false);
        }
        if (!manifestSeen) {
            throw new IOException("not an ODF package: no META-INF/manifest.xml");
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream out, String name, byte[] content, boolean stored) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        if (stored) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        }
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
    }

    private static String settings(Map<String, int[]> panes) {
        StringBuilder tables = new StringBuilder();
        panes.forEach((sheet, split) -> {
            tables.append("<config:config-item-map-entry config:name=\"").append(Markup.escape(sheet)).append("\">");
            item(tables, "HorizontalSplitMode", "short", 2);
            item(tables, "VerticalSplitMode", "short", 2);
            item(tables, "HorizontalSplitPosition", "int", split[0]);
            item(tables, "VerticalSplitPosition", "int", split[1]);
            item(tables, "ActiveSplitRange", "short", 2);
            item(tables, "PositionLeft", "int", 0);
            item(tables, "PositionRight", "int", split[0]);
            item(tables, "PositionTop", "int", 0);
            item(tables, "PositionBottom", "int", split[1]);
            tables.append("</config:config-item-map-entry>");
        });
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<office:document-settings xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\" office:version=\"1.2\">"
                + "<office:settings><config:config-item-set config:name=\"ooo:view-settings\">"
                + "<config:config-item-map-indexed config:name=\"Views\"><config:config-item-map-entry>"
                + "<config:config-item config:name=\"ViewId\" config:type=\"string\">view1</config:config-item>"
                + "<config:config-item-map-named config:name=\"Tables\">" + tables
                + "</config:config-item-map-named></config:config-item-map-entry></config:config-item-map-indexed>"
                + "</config:config-item-set></office:settings></office:document-settings>\n";
    }

    private static void item(StringBuilder out, String name, String type, int value) {
        out.append("<config:config-item config:name=\"").append(name).append("\" config:type=\"").append(type)
                .append("\">").append(value).append("</config:config-item>");
    }
}
