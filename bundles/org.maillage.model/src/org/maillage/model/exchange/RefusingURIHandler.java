package org.maillage.model.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;

/**
 * Handles every URI by refusing it: an exchange file is read from its own stream only, and an
 * {@code href} naming another document (http:, file:, a relative path...) is never fetched, so a
 * partner's file cannot make Maillage contact a server, read a local file or wait on a pipe.
 */
final class RefusingURIHandler extends URIHandlerImpl {

    @Override
    public boolean canHandle(URI uri) {
        return true;
    }

    @Override
    public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException(Messages.get("xmi.external", uri));
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
        throw new IOException(Messages.get("xmi.external", uri));
    }

    @Override
    public boolean exists(URI uri, Map<?, ?> options) {
        return false;
    }

    @Override
    public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
        return Map.of();
    }
}
