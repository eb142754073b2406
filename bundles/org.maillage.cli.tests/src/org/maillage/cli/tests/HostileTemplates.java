package org.maillage.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Hostile document templates made from the convention generator's own ODT and DOCX: one
 * construct put in a paragraph of its own at the start of the body, or the document's XML
 * replaced, the rest of the package unchanged.
 */
final class HostileTemplates {

    /** The start tag of the body of each format, as group 1. */
    static final java.util.Map<String, String> BODY = java.util.Map.of("odt", "(<office:text[^>]*>)", "docx",
            "(<w:body>)");

    private HostileTemplates() {
    }

    /** The generator's default template of {@code format} (odt or docx). */
    static Path original(String format) {
        return CliRun.examples().getParent()
                .resolve("bundles/org.maillage.generator.convention/templates/convention." + format);
    }

    /** The default template of {@code format} with {@code construct} as the body's first paragraph, in {@code file}. */
    static Path withParagraph(String format, String construct, Path file) throws IOException {
        String paragraph = format.equals("odt") ? "<text:p>" + construct + "</text:p>"
                : "<w:p><w:r><w:t>" + construct + "</w:t></w:r></w:p>";
        return rewritten(format, file, xml -> xml.replaceFirst(BODY.get(format),
                "$1" + java.util.regex.Matcher.quoteReplacement(paragraph)));
    }

    /** The default template of {@code format} whose main XML entry is {@code edit} of the original, in {@code file}. */
    static Path rewritten(String format, Path file, java.util.function.UnaryOperator<String> edit) throws IOException {
        return rewritten(original(format), format.equals("odt") ? "content.xml" : "word/document.xml", file,
                xml -> edit.apply(new String(xml, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    /** The package {@code source} whose entry {@code main} is {@code edit} of its bytes, in {@code file}. */
    static Path rewritten(Path source, String main, Path file, java.util.function.UnaryOperator<byte[]> edit)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(main)) {
                    content = edit.apply(content);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
        return file;
    }

    /** A package whose one entry unzips to {@code megabytes} MB of zeros (a few hundred KB zipped). */
    static Path zipBomb(Path file, int megabytes) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry("content.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < megabytes; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        return file;
    }
}
