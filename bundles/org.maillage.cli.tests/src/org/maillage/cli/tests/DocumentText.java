package org.maillage.cli.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/**
 * The text a reader sees in a generated ODT, DOCX or Markdown document, read with the JDK's zip
 * and plain XML handling (no office suite): paragraphs on their own lines, entities decoded,
 * no-break spaces as spaces.
 */
final class DocumentText {

    private DocumentText() {
    }

    /** The main XML entry of an ODT or DOCX, or the Markdown text. */
    static String xml(Path document) throws IOException {
        String name = document.getFileName().toString();
        if (name.endsWith(".md")) {
            return Files.readString(document);
        }
        try (ZipFile zip = new ZipFile(document.toFile())) {
            var entry = zip.getEntry(name.endsWith(".odt") ? "content.xml" : "word/document.xml");
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String of(Path document) throws IOException {
        String text = xml(document);
        if (!document.getFileName().toString().endsWith(".md")) {
            text = text.replaceAll("</text:p>|</text:h>|</w:p>", "\n").replaceAll("<text:tab/>|<w:tab/>", " ")
                    .replaceAll("<[^>]+>", "").replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&amp;", "&");
        } else {
            text = text.replaceAll("\\\\([\\\\`*_{}\\[\\]#!|<>~&])", "$1");
        }
        return text.replaceAll("[\\u00A0\\u202F]", " ");
    }
}
