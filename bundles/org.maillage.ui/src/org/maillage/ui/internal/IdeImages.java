package org.maillage.ui.internal;

import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;

/**
 * Declares the resource images that the IDE's own workbench advisor would declare: without
 * them an RCP application shows projects and problems without icons.
 */
final class IdeImages {

    private static final String IDE_BUNDLE = "org.eclipse.ui.ide";
    private static final String OBJ = "$nl$/icons/full/obj16/";

    private IdeImages() {
    }

    /** The keys are the values of IDEInternalWorkbenchImages' constants (not API), checked by a UI test. */
    static void declare(IWorkbenchConfigurer configurer) {
        Bundle ide = Platform.getBundle(IDE_BUNDLE);
        declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT, OBJ + "prj_obj.png", true);
        declare(configurer, ide, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, OBJ + "cprj_obj.png", true);
        declare(configurer, ide, IDE.SharedImages.IMG_OPEN_MARKER, "$nl$/icons/full/elcl16/gotoobj_tsk.png", true);
        declare(configurer, ide, "IMG_OBJS_ERROR_PATH", OBJ + "error_tsk.png", true);
        declare(configurer, ide, "IMG_OBJS_WARNING_PATH", OBJ + "warn_tsk.png", true);
        declare(configurer, ide, "IMG_OBJS_INFO_PATH", OBJ + "info_tsk.png", true);
    }

    private static void declare(IWorkbenchConfigurer configurer, Bundle bundle, String key, String path,
            boolean shared) {
        URL url = bundle == null ? null : FileLocator.find(bundle, new Path(path));
        if (url != null) {
            configurer.declareImage(key, ImageDescriptor.createFromURL(url), shared);
        }
    }
}
