package org.maillage.dsl;

import java.util.Locale;

import org.maillage.model.services.Localization;

import com.google.inject.Singleton;

/**
 * The language of the diagnostics of one injector: French unless English is asked for. The
 * command line sets it from {@code --lang}; elsewhere it follows the platform's locale.
 */
@Singleton
public class DiagnosticLanguage {

    private volatile Locale locale = supported(Locale.getDefault());

    public Locale get() {
        return locale;
    }

    public void set(Locale requested) {
        this.locale = supported(requested);
    }

    /** English, or French for any other language. */
    public static Locale supported(Locale requested) {
        return Localization.supported(requested);
    }
}
