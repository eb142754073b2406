package org.maillage.generator.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Third-party plug-ins dropped into the {@code dropins/} folder of the installed product: each
 * {@code *.jar} there is installed (by reference, the jar stays where it is) and resolved at
 * start, so that its extensions (generators, commands) join the registry. A jar that is not a
 * valid bundle is logged and skipped.
 */
public final class Dropins {

    /** The folder name, beside {@code plugins/} in the product. */
    public static final String FOLDER = "dropins";

    private Dropins() {
    }

    /** The dropins folder of the running product, from {@code eclipse.home.location}. */
    public static Path folder() {
        String home = System.getProperty("eclipse.home.location");
        if (home == null || !home.startsWith("file:")) {
            return null;
        }
        return Path.of(java.net.URI.create(home.replace(" ", "%20"))).resolve(FOLDER);
    }

    /** Installs and resolves the jars of {@code folder}; returns the bundles now installed from it. */
    public static List<Bundle> install(BundleContext context, Path folder) {
        List<Bundle> bundles = new ArrayList<>();
        if (context == null || folder == null || !Files.isDirectory(folder)) {
            return bundles;
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(folder)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            warn("cannot list " + folder + ": " + e.getMessage());
            return bundles;
        }
        for (Path jar : jars) {
            String location = "reference:" + jar.toUri();
            try {
                Bundle existing = context.getBundle(location);
                bundles.add(existing != null ? existing : context.installBundle(location));
            } catch (BundleException | SecurityException e) {
                warn(jar.getFileName() + " is not a plug-in Maillage can install: " + e.getMessage());
            }
        }
        if (!bundles.isEmpty()) {
            context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(bundles);
            bundles.stream().filter(b -> b.getState() == Bundle.INSTALLED)
                    .forEach(b -> warn(b.getSymbolicName() + " (dropins) cannot be resolved: a required plug-in is missing"));
        }
        return bundles;
    }

    private static void warn(String message) {
        ILog.of(Dropins.class).log(Status.warning(message));
    }
}
