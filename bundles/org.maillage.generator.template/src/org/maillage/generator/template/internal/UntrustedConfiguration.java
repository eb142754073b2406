package org.maillage.generator.template.internal;

import java.nio.charset.StandardCharsets;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/**
 * FreeMarker's settings for a template nobody vetted. Each one closes a way out of the template:
 * <ul>
 * <li>{@code new_builtin_class_resolver}: {@link TemplateClassResolver#ALLOWS_NOTHING_RESOLVER},
 * so {@code ?new} builds nothing ({@code Execute}, {@code ObjectConstructor}, {@code JythonRuntime}
 * included);</li>
 * <li>{@code api_builtin_enabled}: false, so {@code ?api} reaches no Java API;</li>
 * <li>{@code object_wrapper}: {@link DataOnlyObjectWrapper}, so the data are only data;</li>
 * <li>{@code template_loader}: {@link RefusingTemplateLoader}, so {@code #include} and
 * {@code #import} read no file;</li>
 * <li>errors are rethrown (never written into the document) and never logged by FreeMarker: the
 * generator reports them in one line.</li>
 * </ul>
 * XDocReport sets its own settings when it is given a configuration (square-bracket tags, its
 * loader, a "safer" class resolver); {@link #harden(Configuration)} is applied after them.
 */
public final class UntrustedConfiguration {

    private UntrustedConfiguration() {
    }

    /** A new configuration with the settings XDocReport leaves alone. */
    static Configuration create() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_32);
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
        configuration.setWrapUncheckedExceptions(true);
        configuration.setLocalizedLookup(false);
        return configuration;
    }

    /** The settings that must hold whatever XDocReport set before. */
    static void harden(Configuration configuration) {
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setObjectWrapper(new DataOnlyObjectWrapper());
        configuration.setTemplateLoader(new RefusingTemplateLoader());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setAttemptExceptionReporter((exception, environment) -> {
            // #attempt/#recover is the template's own business: nothing is logged
        });
        configuration.setLogTemplateExceptions(false);
    }

    /** Whether {@code configuration} has every setting above (for tests of the engine in use). */
    public static boolean isHardened(Configuration configuration) {
        return configuration.getNewBuiltinClassResolver() == TemplateClassResolver.ALLOWS_NOTHING_RESOLVER
                && !configuration.isAPIBuiltinEnabled()
                && configuration.getObjectWrapper() instanceof DataOnlyObjectWrapper
                && configuration.getTemplateLoader() instanceof RefusingTemplateLoader
                && configuration.getTemplateExceptionHandler() == TemplateExceptionHandler.RETHROW_HANDLER
                && !configuration.getLogTemplateExceptions();
    }
}
