package org.maillage.diagram.internal.edit;

import org.maillage.dsl.ide.CoopIdeSetup;

import com.google.inject.Injector;

/** The .coop language's services for the diagram server: those {@link CoopIdeSetup#shared()} gives. */
public final class CoopInjector {

    public static Injector get() {
        return CoopIdeSetup.shared();
    }

    private CoopInjector() {
    }
}
