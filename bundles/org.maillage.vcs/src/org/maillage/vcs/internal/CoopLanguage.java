package org.maillage.vcs.internal;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.maillage.dsl.ide.CoopIdeSetup;

import com.google.inject.Injector;

/**
 * The .coop language's services: those already registered in this process (the command line's,
 * the workbench's), else a new injector registered once.
 */
public final class CoopLanguage {

    private static final class Holder {
        static final Injector INJECTOR = create();

        private static Injector create() {
            Object registered = IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().get("coop");
            if (registered instanceof IResourceServiceProvider provider) {
                return provider.get(Injector.class);
            }
            return new CoopIdeSetup().createInjectorAndDoEMFRegistration();
        }
    }

    private CoopLanguage() {
    }

    public static Injector injector() {
        return Holder.INJECTOR;
    }
}
