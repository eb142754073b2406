package org.maillage.dsl.ide;

import org.eclipse.xtext.util.Modules2;
import org.maillage.dsl.CoopRuntimeModule;
import org.maillage.dsl.CoopStandaloneSetup;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Sets the .coop language up with its language-neutral IDE services (language server, editors). */
public class CoopIdeSetup extends CoopStandaloneSetup {

    @Override
    public Injector createInjector() {
        return Guice.createInjector(Modules2.mixin(new CoopRuntimeModule(), new CoopIdeModule()));
    }
}
