package org.maillage.diagram.internal.server;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * Jetty logs through slf4j 2, which finds its provider through the OSGi ServiceLoader mediator
 * (SPI Fly): both are started here, just before the first server, rather than with every run of the
 * application (the command line never needs them). SPI Fly's own messages are kept below warnings.
 */
final class LoggingBundles {
    private static final List<String> STARTED = List.of("org.apache.aries.spifly.dynamic.bundle", "slf4j.simple");
    /** Held: java.util.logging keeps loggers only weakly. */
    private static final Logger SPI_FLY = Logger.getLogger("org.apache.aries.spifly");

    static synchronized void start() throws BundleException {
        Bundle self = FrameworkUtil.getBundle(LoggingBundles.class);
        if (self == null || self.getBundleContext() == null) {
            return;
        }
        SPI_FLY.setLevel(Level.WARNING);
        for (String name : STARTED) {
            for (Bundle bundle : self.getBundleContext().getBundles()) {
                if (name.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                    bundle.start(Bundle.START_TRANSIENT);
                }
            }
        }
    }

    private LoggingBundles() {
    }
}
