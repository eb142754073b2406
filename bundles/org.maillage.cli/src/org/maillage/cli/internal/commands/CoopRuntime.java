package org.maillage.cli.internal.commands;

import java.util.Locale;

import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.ide.CoopIdeSetup;

import com.google.inject.Injector;

/** The .coop language's injector, created once per process on first use. */
final class CoopRuntime {

    private static Injector injector;

    private CoopRuntime() {
    }

    static synchronized Injector injector(Locale locale) {
        if (injector == null) {
            injector = new CoopIdeSetup().createInjectorAndDoEMFRegistration();
        }
        injector.getInstance(DiagnosticLanguage.class).set(locale);
        return injector;
    }
}
