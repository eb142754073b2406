package org.maillage.generator.template.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private static final byte[] XML_DECLARATION = "<?xml".getBytes(StandardCharsets.US_ASCII);

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*([\"'])([^\"']*)\\1");

    private ArchiveCheck() {
    }

    /**
     * What a refused archive becomes for its reader: the template's refusals, or those of another
     * archive read as untrusted (an existing document whose text is carried over).
     */
    public interface Refuser<E extends Exception> {

        E unreadable(Throwable cause);

        E notAZip();

        E tooLarge(long bytes);

        E xmlEncoding(String entry);

        E doctype(String entry);
    }

    /** The bytes of the template read from {@code in}, once checked. */
    public static byte[] read(InputStream in, TemplateLimits limits, Refusals refusals)
            throws IOException, TemplateRefusedException {
        return check(in, limits, refusals);
    }

    /**
     * The bytes of an archive read from {@code in}, once checked within {@code limits}: its size,
     * the size of its entries once unzipped, and no XML entry with a document type declaration or
     * another encoding than UTF-8.
     */
    public static <E extends Exception> byte[] check(InputStream in, TemplateLimits limits, Refuser<E> refusals)
            throws IOException, E {
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
                String refusal = isXml(entry.getName(), content) ? refusal(content) : null;
                if ("doctype".equals(refusal)) {
                    throw refusals.doctype(entry.getName());
                }
                if (refusal != null) {
                    throw refusals.xmlEncoding(entry.getName());
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

    /** The entries XDocReport parses as XML: by name, or any entry that opens with an XML declaration. */
    private static boolean isXml(String name, byte[] content) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels") || startsWith(content, 0, XML_DECLARATION);
    }

    /**
     * Why an XML entry is refused, or null. Only UTF-8 (ASCII included) is read, so that what the
     * check sees is what the XML parser reads: no NUL byte (UTF-16, UTF-32), the first character
     * after an optional byte order mark and blanks is {@code <} (not EBCDIC), an XML declaration
     * declares no other encoding; and no document type declaration, which ODF and Office Open XML
     * never need and through which XML entities read local files, fetch URLs or expand.
     */
    public static String refusal(byte[] content) {
        int start = startsWith(content, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
        while (start < content.length && (content[start] == ' ' || content[start] == '\t' || content[start] == '\r'
                || content[start] == '\n')) {
            start++;
        }
        for (byte b : content) {
            if (b == 0) {
                return "encoding";
            }
        }
        if (start < content.length && content[start] != '<') {
            return "encoding";
        }
        String text = new String(content, start, content.length - start, StandardCharsets.ISO_8859_1);
        if (text.startsWith("<?xml")) {
            int end = text.indexOf("?>");
            Matcher encoding = ENCODING.matcher(end < 0 ? text : text.substring(0, end));
            if (encoding.find() && !encoding.group(2).equalsIgnoreCase("UTF-8")
                    && !encoding.group(2).equalsIgnoreCase("UTF8") && !encoding.group(2).equalsIgnoreCase("US-ASCII")) {
                return "encoding";
            }
        }
        return text.contains("<!DOCTYPE") || text.contains("<!ENTITY") ? "doctype" : null;
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
