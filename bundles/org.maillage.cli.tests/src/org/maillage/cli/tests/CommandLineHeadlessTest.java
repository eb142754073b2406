package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maillage.cli.internal.CommandDescriptor;
import org.maillage.cli.internal.CommandLine;
import org.maillage.cli.internal.CommandRegistry;

class CommandLineHeadlessTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private CommandRegistry registry;

    @BeforeEach
    void registerEcho() {
        registry = new CommandRegistry();
        registry.register(new CommandDescriptor("echo", locale -> locale.getLanguage().equals("en") ? "Echo" : "Écho",
                "[WORD...]", "org.maillage.cli.tests", EchoCommand::new));
    }

    private int run(String... arguments) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandLine(registry, o, e, Locale.FRENCH, Path.of(".")).run(arguments);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String[] errLines() {
        return err.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void versionPrintsProductNameAndBundleVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out().matches("Maillage 0\\.1\\.0\\.\\S+\n"), out());
    }

    @Test
    void helpIsFrenchByDefaultAndListsCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("Usage : maillage [--lang fr|en] COMMANDE"), out());
        assertTrue(out().contains("  echo  Écho"), out());
        assertTrue(out().contains("maillage workbench"), out());
    }

    @Test
    void langEnglishSwitchesHelpAndCommandSummaries() {
        assertEquals(0, run("--lang", "en", "-h"));
        assertTrue(out().contains("Usage: maillage [--lang fr|en] COMMAND"), out());
        assertTrue(out().contains("  echo  Echo"), out());
    }

    @Test
    void unknownCommandIsOneLineAndUsageWithExitTwo() {
        assertEquals(2, run("frobnicate"));
        String[] lines = errLines();
        assertEquals(2, lines.length);
        assertEquals("maillage: commande inconnue « frobnicate »", lines[0]);
        assertEquals("Usage : maillage [--lang fr|en] COMMANDE [ARGUMENTS...]", lines[1]);
        assertEquals("", out());
    }

    @Test
    void unknownOptionIsRefusedInEnglishToo() {
        assertEquals(2, run("--lang", "en", "--frobnicate"));
        assertEquals("maillage: unknown option '--frobnicate'", errLines()[0]);
    }

    @Test
    void badOrMissingLanguageIsAUsageError() {
        assertEquals(2, run("--lang", "de", "--help"));
        assertTrue(errLines()[0].contains("« de »"));
        err.reset();
        assertEquals(2, run("--lang"));
        assertTrue(errLines()[0].contains("--lang"));
    }

    @Test
    void noArgumentPrintsHelpOnStderrWithExitTwo() {
        assertEquals(2, run());
        assertTrue(String.join("\n", errLines()).contains("Commandes :"));
    }

    @Test
    void commandReceivesItsArgumentsAndReturnsItsCode() {
        assertEquals(0, run("echo", "a", "--b", "c"));
        assertEquals("a --b c\n", out());
    }

    @Test
    void commandUsageErrorShowsTheCommandSynopsis() {
        assertEquals(2, run("echo", "--bad"));
        String[] lines = errLines();
        assertEquals("maillage echo: --bad is bad", lines[0]);
        assertEquals("Usage : maillage echo [WORD...]", lines[1]);
    }

    @Test
    void failingCommandIsReportedInOneLineWithExitTwo() {
        assertEquals(2, run("echo", "boom"));
        assertEquals("maillage: la commande « echo » a échoué : boom asked "
                + "(MAILLAGE_DEBUG=1 affiche la pile d'appels)", String.join("\n", errLines()));
    }

    @Test
    void errorsOtherThanExceptionsAreReportedInOneLineWithExitTwo() {
        assertEquals(2, run("echo", "oom"));
        assertEquals("maillage: la commande « echo » a échoué : mémoire insuffisante (Java heap space) "
                + "(MAILLAGE_DEBUG=1 affiche la pile d'appels)", String.join("\n", errLines()));
        err.reset();
        assertEquals(2, run("echo", "assert"));
        assertEquals(1, errLines().length);
        assertTrue(errLines()[0].contains("java.lang.AssertionError"), errLines()[0]);
        assertEquals("", out());
    }

    @Test
    void helpOfOneCommand() {
        assertEquals(0, run("help", "echo"));
        assertTrue(out().startsWith("Usage : maillage echo [WORD...]\nÉcho\nFournie par : org.maillage.cli.tests"),
                out());
        assertEquals(2, run("help", "nope"));
    }
}
