package org.maillage.dsl.ide.internal.server;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Singleton;

/**
 * Xtext's workspace manager, telling the version of an open document (stamped on its diagnostics), with
 * every document it hands to the services indexed by line ({@link LineIndexedDocument}).
 */
@Singleton
public class CoopWorkspaceManager extends WorkspaceManager {

    /** The version of the open document at {@code uri}, or null when it is not open. */
    public Integer openVersion(URI uri) {
        Document document = getOpenDocuments().get(uri);
        return document == null ? null : document.getVersion();
    }

    /** The open documents: each one indexed by line as it is opened (changes keep it so). */
    @Override
    protected Map<URI, Document> createOpenDocuments() {
        return new HashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Document put(URI uri, Document document) {
                return super.put(uri, document == null ? null : LineIndexedDocument.of(document));
            }
        };
    }

    @Override
    protected Document getDocument(XtextResource resource) {
        Document document = super.getDocument(resource);
        return document == null ? null : LineIndexedDocument.of(document);
    }
}
