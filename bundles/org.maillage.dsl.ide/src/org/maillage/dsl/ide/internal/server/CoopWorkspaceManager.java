package org.maillage.dsl.ide.internal.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;

import com.google.inject.Singleton;

/** Xtext's workspace manager, telling the version of an open document (stamped on its diagnostics). */
@Singleton
public class CoopWorkspaceManager extends WorkspaceManager {

    /** The version of the open document at {@code uri}, or null when it is not open. */
    public Integer openVersion(URI uri) {
        Document document = getOpenDocuments().get(uri);
        return document == null ? null : document.getVersion();
    }
}
