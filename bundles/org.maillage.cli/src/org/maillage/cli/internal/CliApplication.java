package org.maillage.cli.internal;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.maillage.generator.internal.Dropins;
import org.osgi.framework.FrameworkUtil;

/** The headless application {@code org.maillage.cli.app}: {@code ./maillage COMMAND ...}. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        try {
            return Integer.valueOf(run(arguments));
        } catch (Throwable e) { // NOSONAR: what escapes here Equinox would log and end with exit code 0
            int exit = CommandRunner.failed(System.err, CliMessages.supported(Locale.getDefault()), "maillage", e);
            System.err.flush();
            return Integer.valueOf(exit);
        }
    }

    private static int run(String[] arguments) {
        LogConfiguration.toStandardError();
        Dropins.install(FrameworkUtil.getBundle(CliApplication.class).getBundleContext(), Dropins.folder());
        CommandRegistry registry = new CommandExtensionReader().read(Platform.getExtensionRegistry());
        Path workingDirectory = Path.of(System.getProperty("user.dir"));
        int exit = new CommandLine(registry, System.out, System.err, Locale.getDefault(), workingDirectory)
                .run(arguments == null ? new String[0] : arguments);
        System.out.flush();
        System.err.flush();
        return exit;
    }

    @Override
    public void stop() {
        // Commands run to completion; nothing to interrupt.
    }
}
