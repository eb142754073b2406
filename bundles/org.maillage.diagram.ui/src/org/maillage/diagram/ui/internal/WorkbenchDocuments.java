package org.maillage.diagram.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.maillage.diagram.CoopDocument;
import org.maillage.diagram.DiagramHost;

/**
 * The diagram server's documents in the workbench: the text file buffers the text editors share,
 * so that a diagram edit is an edit of the open editor's text (with its undo history and dirty
 * flag), and a file without an open editor is edited through its buffer too.
 */
public final class WorkbenchDocuments implements DiagramHost {
    public static final WorkbenchDocuments INSTANCE = new WorkbenchDocuments();

    private final Map<Path, BufferDocument> documents = new HashMap<>();

    @Override
    public synchronized CoopDocument document(Path path) throws IOException {
        Path key = path.toAbsolutePath().normalize();
        BufferDocument document = documents.get(key);
        if (document == null) {
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(key.toUri());
            if (files.length == 0) {
                throw new IOException(key + " is not in the workspace");
            }
            try {
                document = new BufferDocument(files[0]);
            } catch (CoreException e) {
                throw new IOException(e.getMessage(), e);
            }
            documents.put(key, document);
        }
        return document;
    }

    public synchronized CoopDocument document(IFile file) throws IOException {
        return document(file.getLocation().toFile().toPath());
    }

    @Override
    public Locale locale() {
        return Locale.getDefault().getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }
}
