package org.maillage.cli.internal.commands;

import java.util.Locale;

import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.ide.internal.server.CoopServerSetup;

import com.google.inject.Injector;

/** The .coop language's injector, created once per process on first use. */
final class CoopRuntime {

    private static Injector injector;

    private CoopRuntime() {
    }

    static synchronized Injector injector(Locale locale) {
        if (injector == null) {
            injector = new CoopServerSetup().createInjectorAndDoEMFRegistration();
        }
        injector.getInstance(DiagnosticLanguage.class).set(locale);
        return injector;
    }
}
