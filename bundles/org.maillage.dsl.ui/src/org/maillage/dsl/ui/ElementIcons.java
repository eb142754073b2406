package org.maillage.dsl.ui;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.maillage.model.coop.CoopPackage;
import org.osgi.framework.FrameworkUtil;

/** One icon per kind of model element, shared by the explorer, the outline and the views. */
public final class ElementIcons {

    private static final Map<EClass, String> FILES = Map.of(CoopPackage.Literals.TERRITORY, "territory",
            CoopPackage.Literals.ACTOR, "actor", CoopPackage.Literals.FUNCTION, "function",
            CoopPackage.Literals.OBJECTIVE, "objective", CoopPackage.Literals.PLAN, "plan",
            CoopPackage.Literals.ACTION, "action", CoopPackage.Literals.CONVENTION, "convention");

    private static ImageRegistry registry;

    private ElementIcons() {
    }

    /** The icon of an element kind, or null when the kind has none. Call on the UI thread. */
    public static Image of(EClass kind) {
        String name = FILES.get(kind);
        return name == null ? null : named(name);
    }

    /** The icon of a .coop file. */
    public static Image file() {
        return named("coopfile");
    }

    private static synchronized Image named(String name) {
        if (registry == null) {
            registry = new ImageRegistry();
        }
        Image image = registry.get(name);
        if (image == null) {
            registry.put(name, ImageDescriptor.createFromURL(
                    FrameworkUtil.getBundle(ElementIcons.class).getEntry("icons/model/" + name + ".png")));
            image = registry.get(name);
        }
        return image;
    }
}
