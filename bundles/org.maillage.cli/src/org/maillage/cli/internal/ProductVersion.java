package org.maillage.cli.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The version users see: this bundle's, which the build sets for the whole product. */
public final class ProductVersion {

    private ProductVersion() {
    }

    /** The full OSGi version, e.g. {@code 0.1.0.v20261126-2213}. */
    public static String version() {
        Bundle bundle = FrameworkUtil.getBundle(ProductVersion.class);
        Version version = bundle == null ? Version.emptyVersion : bundle.getVersion();
        return version.toString();
    }

    /** {@code Maillage <version>}, what {@code maillage --version} prints. */
    public static String line() {
        return "Maillage " + version();
    }
}
