package org.maillage.dsl.ide.internal.server;

import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.service.AbstractGenericModule;
import org.eclipse.xtext.util.Modules2;
import org.maillage.dsl.CoopRuntimeModule;
import org.maillage.dsl.ide.CoopIdeModule;
import org.maillage.dsl.ide.CoopIdeSetup;
import org.maillage.dsl.resource.UsedNamesDescriptionManager;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The language for the command line and its language server: index entries that keep the names each file uses. */
public class CoopServerSetup extends CoopIdeSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new CoopRuntimeModule(), new CoopIdeModule(), new ServerBindings()));
    }

    /** What the server changes in the language's bindings. */
    public static class ServerBindings extends AbstractGenericModule {

        public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
            return UsedNamesDescriptionManager.class;
        }
    }
}
