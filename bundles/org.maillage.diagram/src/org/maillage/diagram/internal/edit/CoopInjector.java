package org.maillage.diagram.internal.edit;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.maillage.dsl.ide.CoopIdeSetup;

import com.google.inject.Injector;

/**
 * The .coop language's services (runtime and IDE parts) for the diagram server. In the workbench
 * the language is already registered (by the editor's workspace): its injector is used, so that
 * the global registries keep pointing at the editors' services. Otherwise one is created and
 * registered, once per process.
 */
public final class CoopInjector {

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

    public static Injector get() {
        return Holder.INJECTOR;
    }

    private CoopInjector() {
    }
}
