package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.maillage.cli.internal.CommandDescriptor;
import org.maillage.cli.internal.CommandExtensionReader;
import org.maillage.cli.internal.CommandRegistry;

class CommandExtensionHeadlessTest {

    @Test
    void readsContributedCommandsWithoutLoadingTheirClasses() {
        System.clearProperty(EchoCommand.LOADED);
        CommandRegistry registry = new CommandExtensionReader().read(Platform.getExtensionRegistry());

        CommandDescriptor echo = registry.find("test-echo").orElseThrow();
        assertEquals("[WORD...]", echo.synopsis());
        assertEquals("org.maillage.cli", echo.contributor(), "a fragment contributes on behalf of its host");
        assertNull(System.getProperty(EchoCommand.LOADED), "listing commands must not load their classes");

        assertTrue(echo.create() instanceof EchoCommand);
        assertEquals("true", System.getProperty(EchoCommand.LOADED));
    }

    @Test
    void literalSummaryIsKeptInEveryLanguage() {
        CommandDescriptor echo = new CommandExtensionReader().read(Platform.getExtensionRegistry())
                .find("test-echo").orElseThrow();
        assertEquals("Repeats its arguments", echo.summary(Locale.FRENCH));
        assertEquals("Repeats its arguments", echo.summary(Locale.ENGLISH));
    }

    @Test
    void invalidContributionIsSkipped() {
        CommandRegistry registry = new CommandExtensionReader().read(Platform.getExtensionRegistry());
        assertFalse(registry.all().stream().anyMatch(c -> c.name().contains(" ")));
    }
}
