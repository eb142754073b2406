package org.maillage.dsl.ide;

import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.util.Modules2;
import org.maillage.dsl.CoopRuntimeModule;
import org.maillage.dsl.CoopStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Sets the .coop language up with its language-neutral IDE services (language server, editors). */
public class CoopIdeSetup extends CoopStandaloneSetup {

    private static final class Shared {
        static final Injector INJECTOR = create();

        private static Injector create() {
            Object registered = IResourceServiceProvider.Registry.INSTANCE.getExtensionToFactoryMap().get("coop");
            if (registered instanceof IResourceServiceProvider provider) {
                return provider.get(Injector.class);
            }
            return new CoopIdeSetup().createInjectorAndDoEMFRegistration();
        }
    }

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new CoopRuntimeModule(), new CoopIdeModule()));
    }

    /**
     * The language's services for code that is not the language's owner (the diagram server,
     * versions): in the workbench the language is already registered (by the editor's workspace)
     * and its injector is used, so that the global registries keep pointing at the editors'
     * services. Otherwise one is created and registered, once per process.
     */
    public static Injector shared() {
        return Shared.INJECTOR;
    }
}
