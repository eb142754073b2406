package org.maillage.diagram.internal.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.maillage.diagram.CoopDocument;
import org.maillage.diagram.DiagramHost;

/** The diagram server without a workbench: each file's text held in memory, saved when the client asks. */
public final class FileDocumentHost implements DiagramHost {
    private final Map<Path, FileDocument> documents = new HashMap<>();
    private final Locale locale;

    public FileDocumentHost(Locale locale) {
        this.locale = locale;
    }

    @Override
    public synchronized CoopDocument document(Path path) throws IOException {
        Path key = path.toAbsolutePath().normalize();
        FileDocument document = documents.get(key);
        if (document == null) {
            document = new FileDocument(key);
            documents.put(key, document);
        }
        return document;
    }

    @Override
    public Locale locale() {
        return locale;
    }
}
