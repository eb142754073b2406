package org.maillage.dsl.ide.internal.server;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Function;

import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** The client, with each published diagnostics stamped with the version of the document they are about. */
final class VersionedDiagnostics {

    private VersionedDiagnostics() {
    }

    static LanguageClient wrap(LanguageClient client, Function<String, Integer> versions) {
        return (LanguageClient) Proxy.newProxyInstance(LanguageClient.class.getClassLoader(),
                new Class<?>[] { LanguageClient.class }, (proxy, method, arguments) -> {
                    if ("publishDiagnostics".equals(method.getName()) && arguments != null
                            && arguments[0] instanceof PublishDiagnosticsParams params && params.getVersion() == null) {
                        params.setVersion(versions.apply(params.getUri()));
                    }
                    try {
                        return method.invoke(client, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
