package org.maillage.dsl.ui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IExternalContentSupport.IExternalContentProvider;

/**
 * The unsaved contents of open editors. Every resource set made by {@link CoopWorkspace} reads a
 * file's text from here first, so that the index, the checks and content assist see what the user
 * typed; closing an editor without saving removes its entry and the saved file counts again.
 */
public final class EditorContents {

    private final Map<URI, String> contents = new ConcurrentHashMap<>();

    public void put(URI uri, String text) {
        contents.put(uri, text);
    }

    public void remove(URI uri) {
        contents.remove(uri);
    }

    /** The contents as they change: an editor's resource set reads the other editors' current text. */
    public IExternalContentProvider live() {
        return new View(contents);
    }

    private record View(Map<URI, String> contents) implements IExternalContentProvider {

        @Override
        public String getContent(URI uri) {
            return contents.get(uri);
        }

        @Override
        public boolean hasContent(URI uri) {
            return contents.containsKey(uri);
        }

        @Override
        public IExternalContentProvider getActualContentProvider() {
            return this;
        }
    }
}
