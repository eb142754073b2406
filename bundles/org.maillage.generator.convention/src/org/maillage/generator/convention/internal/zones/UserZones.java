package org.maillage.generator.convention.internal.zones;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import org.maillage.generator.InputRefusedException;
import org.maillage.generator.OutputSink;
import org.maillage.generator.template.TemplateLimits;

/**
 * Regeneration that keeps the user's own text: when the output folder already holds the ODT or
 * DOCX about to be written, the content of its zones ({@code texte_libre_<key>}) is carried into
 * the zones of the same name of the new document, the zones whose place is gone go to an annex at
 * its end ({@value CarriedZones#ANNEX}, itself a zone, so that their text is carried again next
 * time), the previous file is kept beside as {@code <id>.previous.<ext>}, and the user is told
 * which zones were kept and which lost their place.
 */
public final class UserZones {

    private final OutputSink sink;
    private final ZoneWording wording;

    /** Zones for documents in {@code locale}, reported in that language too. */
    public UserZones(OutputSink sink, Locale locale) {
        this.sink = sink;
        this.wording = new ZoneWording(locale);
    }

    /**
     * The document to write as {@code fileName} ({@code <id>.odt} or {@code <id>.docx}): {@code fresh}
     * with the zones of the file of that name already in the output folder, if any. With
     * {@code replacing}, that file is about to be replaced: it is kept as {@code .previous} and the
     * user is told what was carried.
     */
    public byte[] carry(String fileName, byte[] fresh, boolean replacing) throws IOException, InputRefusedException {
        boolean odt = fileName.endsWith(".odt");
        if (!odt && !fileName.endsWith(".docx")) {
            return fresh;
        }
        Optional<byte[]> existing = sink.existing(fileName, TemplateLimits.DEFAULT.maxFileBytes());
        if (existing.isEmpty()) {
            return fresh;
        }
        ZonePackage previous = new PreviousDocument(fileName, wording).read(existing.get(),
                odt ? "content.xml" : DocxZones.DOCUMENT);
        ZonePackage document = ZonePackage.read(fresh);
        CarriedZones carried = odt ? OdtZones.carry(previous, document, wording)
                : DocxZones.carry(previous, document, wording);
        if (!replacing) {
            return document.write();
        }
        String previousName = previousName(fileName);
        sink.write(previousName, existing.get());
        if (!carried.kept().isEmpty()) {
            sink.notice(wording.get("kept", fileName, carried.kept().size(), String.join(", ", carried.kept())));
        }
        for (CarriedZones.Orphan orphan : carried.orphans()) {
            sink.notice(wording.get("orphan", fileName, orphan.name(), orphan.firstWords(), previousName));
        }
        sink.notice(wording.get("previous", fileName, previousName));
        return document.write();
    }

    /** {@code <id>.previous.<ext>} beside {@code <id>.<ext>}. */
    public static String previousName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return fileName.substring(0, dot) + ".previous" + fileName.substring(dot);
    }
}
