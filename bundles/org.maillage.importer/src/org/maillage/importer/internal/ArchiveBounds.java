package org.maillage.importer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.maillage.generator.template.internal.ArchiveCheck;
import org.maillage.importer.SheetLimits;
import org.maillage.importer.SheetRefusedException;

/**
 * Reads a spreadsheet file within its bounds before any spreadsheet library sees it: the file's
 * size, and for XLSX and ODS (zip archives) the size of their entries once unzipped, so that a zip
 * bomb is refused before it expands, and no XML entry with a document type declaration (neither
 * format needs one; it is how XML entities read local files or expand a few bytes into gigabytes).
 */
public final class ArchiveBounds {

    private ArchiveBounds() {
    }

    /** The bytes of a file, refused over {@link SheetLimits#MAX_FILE_BYTES}. */
    public static byte[] read(Path file, Locale locale) throws IOException, SheetRefusedException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) SheetLimits.MAX_FILE_BYTES + 1);
            if (bytes.length > SheetLimits.MAX_FILE_BYTES) {
                throw new SheetRefusedException(
                        ImportMessages.get(locale, "refused.fileSize", SheetLimits.MAX_FILE_BYTES >> 20));
            }
            return bytes;
        }
    }

    /** Checks the entries of a zip archive: expanded size, XML without a document type declaration. */
    public static void checkArchive(byte[] bytes, Locale locale) throws SheetRefusedException {
        long expanded = 0;
        int entries = 0;
        // The central directory, as spreadsheet libraries read it (SODS writes local headers a stream reader refuses).
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
                entries++;
                long budget = SheetLimits.MAX_EXPANDED_BYTES - expanded;
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget + 1));
                }
                expanded += content.length;
                if (expanded > SheetLimits.MAX_EXPANDED_BYTES) {
                    throw new SheetRefusedException(ImportMessages.get(locale, "refused.expanded",
                            SheetLimits.MAX_EXPANDED_BYTES >> 20));
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    String refusal = ArchiveCheck.refusal(content);
                    if (refusal != null) {
                        throw new SheetRefusedException(ImportMessages.get(locale,
                                "doctype".equals(refusal) ? "refused.doctype" : "refused.xmlEncoding", entry.getName()));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new SheetRefusedException(ImportMessages.get(locale, "refused.notASpreadsheet", e.getMessage()), e);
        }
        if (entries == 0) {
            throw new SheetRefusedException(ImportMessages.get(locale, "refused.notASpreadsheet", "zip"));
        }
    }
}
