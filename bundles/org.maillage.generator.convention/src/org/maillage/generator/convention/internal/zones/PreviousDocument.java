package org.maillage.generator.convention.internal.zones;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.maillage.generator.InputRefusedException;
import org.maillage.generator.template.TemplateLimits;
import org.maillage.generator.template.internal.ArchiveCheck;

/**
 * An existing document in the output folder, read as untrusted input with the defences of
 * templates ({@link ArchiveCheck}): its size and its size once unzipped are bounded (a zip bomb
 * is refused before it expands), no XML part may declare a document type or entities (XXE), and
 * every part is UTF-8. A refused document stops the generation of its file: nothing is written,
 * so nothing of it is lost.
 */
final class PreviousDocument implements ArchiveCheck.Refuser<InputRefusedException> {

    private final String fileName;
    private final ZoneWording wording;

    PreviousDocument(String fileName, ZoneWording wording) {
        this.fileName = fileName;
        this.wording = wording;
    }

    /** The checked document; {@code bytes} may be one byte longer than the limit, telling it is too large. */
    ZonePackage read(byte[] bytes, String mainPart) throws InputRefusedException {
        try {
            ZonePackage document = ZonePackage
                    .read(ArchiveCheck.check(new ByteArrayInputStream(bytes), TemplateLimits.DEFAULT, this));
            if (!document.has(mainPart)) {
                throw refused(wording.get("refused.notADocument", mainPart), null);
            }
            document.xml(mainPart);
            return document;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private InputRefusedException refused(String why, Throwable cause) {
        return new InputRefusedException(wording.get("refused", fileName, why), cause);
    }

    @Override
    public InputRefusedException unreadable(Throwable cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return refused(wording.get("refused.unreadable", reason.replaceAll("\\s+", " ")), cause);
    }

    @Override
    public InputRefusedException notAZip() {
        return refused(wording.get("refused.notAZip"), null);
    }

    @Override
    public InputRefusedException tooLarge(long bytes) {
        return refused(wording.get("refused.tooLarge", bytes >> 20), null);
    }

    @Override
    public InputRefusedException xmlEncoding(String entry) {
        return refused(wording.get("refused.xmlEncoding", entry), null);
    }

    @Override
    public InputRefusedException doctype(String entry) {
        return refused(wording.get("refused.doctype", entry), null);
    }
}
