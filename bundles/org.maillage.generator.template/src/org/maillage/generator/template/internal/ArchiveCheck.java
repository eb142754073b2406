package org.maillage.generator.template.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.maillage.generator.template.TemplateLimits;
import org.maillage.generator.template.TemplateRefusedException;

/**
 * Reads a template file within its bounds before XDocReport sees it: the file's size, the size
 * of its entries once unzipped (a zip bomb is refused before it expands), and no XML entry with a
 * document type declaration (ODF and Office Open XML never need one; it is how XML entities
 * read local files or expand a few bytes into gigabytes).
 */
public final class ArchiveCheck {

    /** XML only knows this spelling. */
    private static final String DOCTYPE = "<!DOCTYPE";

    private ArchiveCheck() {
    }

    /** The bytes of the template read from {@code in}, once checked. */
    public static byte[] read(InputStream in, TemplateLimits limits, Refusals refusals)
            throws IOException, TemplateRefusedException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        if (bytes.length > limits.maxFileBytes()) {
            throw refusals.tooLarge(limits.maxFileBytes());
        }
        long expanded = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries++;
                long budget = limits.maxExpandedBytes() - expanded;
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget + 1));
                expanded += content.length;
                if (expanded > limits.maxExpandedBytes()) {
                    throw refusals.tooLarge(limits.maxExpandedBytes());
                }
                if (isXml(entry.getName()) && declaresDoctype(content)) {
                    throw refusals.doctype(entry.getName());
                }
            }
        } catch (IOException e) {
            throw refusals.unreadable(e);
        }
        if (entries == 0) {
            throw refusals.notAZip();
        }
        return bytes;
    }

    /** The entries XDocReport parses as XML. */
    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /** Whether an XML entry declares a document type, in UTF-8 or in UTF-16 (with or without a BOM). */
    static boolean declaresDoctype(byte[] content) {
        boolean utf16 = content.length >= 2 && (content[0] == 0 || content[1] == 0
                || (content[0] & 0xff) == 0xfe && (content[1] & 0xff) == 0xff
                || (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xfe);
        String text = utf16 ? new String(content, content[0] == 0 || (content[0] & 0xff) == 0xfe
                ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE) : new String(content, StandardCharsets.ISO_8859_1);
        return text.contains(DOCTYPE);
    }
}
