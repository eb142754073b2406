package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;

/** The harness's watch of the platform log and of dying threads is installed around every workbench test. */
class LogWatchFrenchUITest {

    @Test
    void everyTestRunsUnderTheWatch() {
        assertNotNull(NothingLoggedAsError.active(),
                "NothingLoggedAsError is registered for every test (META-INF/services and auto-detection)");
    }

    @Test
    void aWarningIsNotAnError() {
        ILog.of(getClass()).log(Status.warning("un avertissement n'échoue pas le test"));
        assertEquals(List.of(), NothingLoggedAsError.active().entries());
    }

    @Test
    void anErrorLoggedOrAThreadDyingIsRecorded() throws Exception {
        NothingLoggedAsError watch = NothingLoggedAsError.active();
        ILog.of(getClass()).log(Status.error("erreur de démonstration"));
        Thread dying = new Thread(() -> {
            throw new IllegalStateException("fil de démonstration");
        }, "fil-qui-meurt");
        dying.start();
        dying.join();
        List<String> entries = watch.entries();
        assertEquals(2, entries.size(), entries.toString());
        assertTrue(entries.get(0).contains("erreur de démonstration"), entries.get(0));
        assertTrue(entries.get(1).contains("fil-qui-meurt") && entries.get(1).contains("IllegalStateException"),
                entries.get(1));
        watch.forget();
    }

    @Test
    void theDiagramServersLogAtErrorIsRecordedToo() throws Exception {
        NothingLoggedAsError watch = NothingLoggedAsError.active();
        // the server's logging as in a session: started with the diagram server
        org.maillage.diagram.ui.internal.DiagramServers.get();
        org.apache.logging.log4j.LogManager.getLogger("org.eclipse.glsp.server.demo").error("erreur GLSP de démonstration");
        org.slf4j.LoggerFactory.getLogger("org.eclipse.jetty.demo").error("erreur Jetty de démonstration");
        org.apache.logging.log4j.LogManager.getLogger("org.eclipse.glsp.server.demo").warn("un avertissement passe");
        List<String> entries = watch.entries();
        // SLF4J falls back to its no-operation logger when JGit's start-up component initialises it
        // before the diagram server's provider is wired (docs/reliability.md): Jetty's errors are
        // then not seen by anyone, the watch included. GLSP's log4j errors always are.
        boolean slf4jWired = !(org.slf4j.LoggerFactory.getILoggerFactory() instanceof org.slf4j.helpers.NOPLoggerFactory);
        assertEquals(slf4jWired ? 2 : 1, entries.size(), entries.toString());
        assertTrue(entries.get(0).contains("erreur GLSP de démonstration"), entries.get(0));
        if (slf4jWired) {
            assertTrue(entries.get(1).contains("erreur Jetty de démonstration"), entries.get(1));
        }
        watch.forget();
    }
}
