package org.maillage.ui.internal.raci;

import java.net.URL;
import java.util.Enumeration;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Makes Eclipse Collections (which NatTable paints with) find its implementations under OSGi. Its
 * API finds them with {@link java.util.ServiceLoader}, through the thread's context class loader or
 * its own; under Equinox neither sees the implementation bundle's {@code META-INF/services}, so every
 * factory of the API became a proxy that throws, and NatTable, which catches the exception of a
 * paint into its own logger (silent here), painted an empty grid. The factories are initialised
 * once, before the first table is made, with the implementation bundle's class loader as context.
 */
final class CollectionsFactories {

    private static final String API = "org.eclipse.collections.api";
    private static final String IMPLEMENTATION = "org.eclipse.collections.impl";
    private static boolean initialised;

    private CollectionsFactories() {
    }

    /** Initialises the API's factory classes (idempotent); a failure is logged, never thrown. */
    static synchronized void initialise() {
        if (initialised) {
            return;
        }
        initialised = true;
        Bundle api = Platform.getBundle(API);
        Bundle implementation = Platform.getBundle(IMPLEMENTATION);
        if (api == null || implementation == null || api.adapt(BundleWiring.class) == null
                || implementation.adapt(BundleWiring.class) == null) {
            return; // not under OSGi: the class path's service files are found as usual
        }
        ClassLoader apiLoader = api.adapt(BundleWiring.class).getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        thread.setContextClassLoader(implementation.adapt(BundleWiring.class).getClassLoader());
        try {
            Enumeration<URL> classes = api.findEntries("org/eclipse/collections/api/factory", "*.class", true);
            while (classes != null && classes.hasMoreElements()) {
                String path = classes.nextElement().getPath();
                String name = path.substring(path.indexOf("org/"), path.length() - ".class".length()).replace('/', '.');
                Class.forName(name, true, apiLoader);
            }
        } catch (ClassNotFoundException | LinkageError e) {
            ILog.of(CollectionsFactories.class).error("Eclipse Collections could not find its implementations", e);
        } finally {
            thread.setContextClassLoader(context);
        }
    }
}
