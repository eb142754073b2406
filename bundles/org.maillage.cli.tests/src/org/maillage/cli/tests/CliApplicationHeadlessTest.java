package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.equinox.app.IApplicationContext;
import org.junit.jupiter.api.Test;
import org.maillage.cli.internal.CliApplication;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.application.ApplicationDescriptor;
import org.osgi.service.application.ApplicationHandle;

/** The application as Equinox runs it for {@code ./maillage COMMAND}. */
class CliApplicationHeadlessTest {

    private static final String APPLICATION_ID = "org.maillage.cli.app";

    @Test
    void applicationIsRegisteredAndRunsTheCommandLine() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
        var references = context.getServiceReferences(ApplicationDescriptor.class,
                "(" + org.osgi.framework.Constants.SERVICE_PID + "=" + APPLICATION_ID + ")");
        assertEquals(1, references.size(), "the application " + APPLICATION_ID + " is declared once");
        ServiceReference<ApplicationDescriptor> reference = references.iterator().next();
        ApplicationDescriptor descriptor = context.getService(reference);

        PrintStream saved = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Object exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            ApplicationHandle handle = descriptor
                    .launch(Map.of(IApplicationContext.APPLICATION_ARGS, new String[] { "--version" }));
            exit = handle.getExitValue(30_000);
        } finally {
            System.setOut(saved);
            context.ungetService(reference);
        }
        assertEquals(Integer.valueOf(0), exit);
        assertTrue(captured.toString(StandardCharsets.UTF_8).startsWith("Maillage 0.1.0."));
    }

    @Test
    void commandLineClosureHasNoUserInterfaceBundle() {
        Bundle cli = FrameworkUtil.getBundle(CliApplication.class);
        Set<String> closure = new HashSet<>();
        Deque<Bundle> pending = new ArrayDeque<>();
        pending.add(cli);
        while (!pending.isEmpty()) {
            Bundle bundle = pending.pop();
            if (!closure.add(bundle.getSymbolicName())) {
                continue;
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            assertNotNull(wiring, bundle.getSymbolicName() + " is resolved");
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                pending.add(wire.getProvider().getBundle());
            }
        }
        assertTrue(closure.contains("org.eclipse.core.runtime"), closure.toString());
        for (String name : closure) {
            assertFalse(name.startsWith("org.eclipse.ui") || name.startsWith("org.eclipse.swt")
                    || name.startsWith("org.eclipse.jface") || name.startsWith("org.eclipse.e4.ui"),
                    "the command line must not need " + name);
        }
    }
}
