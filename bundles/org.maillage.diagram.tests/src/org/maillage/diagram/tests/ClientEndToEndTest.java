package org.maillage.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.internal.document.FileDocumentHost;
import org.maillage.diagram.internal.server.DiagramServer;

/**
 * The web client against the real server in this OSGi runtime, in headless Chromium driven by
 * playwright-core (e2e/who-does-what.mjs): palette, link, label edit and undo, each checked in the
 * saved .coop file, then a node dragged (kept in the layout sidecar, the text unchanged). Also: the socket refuses a wrong token, and listens on the loopback only;
 * a page of another origin cannot open it, even holding the token (e2e/foreign-origin.mjs).
 */
class ClientEndToEndTest {

    @TempDir
    Path folder;

    @Test
    void anActorCreatedLinkedRenamedAndUndoneInTheBrowserShowsInTheText() throws Exception {
        Example.copy(folder);
        Path coop = folder.resolve("plan-lamastre.coop");
        // Kept after the run (screenshots of each step) in the module's target folder.
        Path out = Files.createDirectories(Path.of("target", "e2e").toAbsolutePath());
        try (DiagramServer server = DiagramServer.start(new FileDocumentHost(Locale.FRENCH), webRoot())) {
            String url = server.pageUrl(coop, DiagramKind.WHO_DOES_WHAT, "PlanLamastre");
            Path client = clientSources();
            Process node = new ProcessBuilder("node", "e2e/who-does-what.mjs", url, coop.toString(), out.toString())
                    .directory(client.toFile()).redirectErrorStream(true).start();
            String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(node.waitFor(120, TimeUnit.SECONDS), log);
            assertEquals(0, node.exitValue(), log);
        }
        String created = Files.readString(out.resolve("step-1.coop"));
        assertTrue(created.contains("actor NouvelActeur \"Nouvel acteur\" public"), created);
        assertTrue(created.contains("partners PNR, CCPL, Departement, NouvelActeur"), created);
        assertTrue(created.startsWith("// Plan de coopération 2025-2027"), "comments kept");
        assertTrue(Files.readString(out.resolve("step-2.coop")).contains("Decision: A/R CCPL, C PNR, I Departement, R NouvelActeur"));
        assertTrue(Files.readString(out.resolve("step-3.coop")).contains("\"Office de tourisme du Doux\""));
        String undone = Files.readString(out.resolve("step-4.coop"));
        assertTrue(undone.contains("actor NouvelActeur \"Nouvel acteur\" public"), undone);
        assertTrue(undone.contains("R NouvelActeur"), "only the rename was undone");
        // moved by dragging it: in the layout sidecar beside the file (the script checked the text did not change)
        String layout = Files.readString(out.resolve("moved.layout"));
        assertTrue(layout.contains("\"who-does-what/PlanLamastre\"") && layout.contains("\"actor:NouvelActeur\""), layout);
    }

    /**
     * The first plan of a 5,000-line file (PlanGenerator M: 50 of its 500 actions) opens: drawn whole, or
     * the notice that it is too large. The script prints the time it took (a measuring harness, not a
     * timed test: the figures are in the notes on diagram sizes).
     */
    @Test
    void theFirstPlanOfA5000LineFileOpens() throws Exception {
        runLargePlan("drawn");
    }

    /**
     * Beyond the editor's limit (lowered here to 100 nodes) the page says the diagram is too large, at
     * once, and shows one action chosen in its filter bar.
     */
    @Test
    void aPlanTooLargeToDrawSaysSoAndShowsOneActionChosenInTheFilter() throws Exception {
        System.setProperty("maillage.diagram.maxNodes", "100");
        try {
            runLargePlan("notice");
        } finally {
            System.clearProperty("maillage.diagram.maxNodes");
        }
    }

    private void runLargePlan(String expect) throws Exception {
        Path coop = folder.resolve("grand-plan.coop");
        Files.writeString(coop, new org.maillage.dsl.samples.PlanGenerator(7, org.maillage.dsl.samples.PlanGenerator.Size.M).generate());
        Path out = Files.createDirectories(Path.of("target", "e2e").toAbsolutePath());
        try (DiagramServer server = DiagramServer.start(new FileDocumentHost(Locale.FRENCH), webRoot())) {
            String url = server.pageUrl(coop, DiagramKind.WHO_DOES_WHAT, null);
            Process node = new ProcessBuilder("node", "e2e/large-plan.mjs", url, out.toString(), expect)
                    .directory(clientSources().toFile()).redirectErrorStream(true).start();
            String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(node.waitFor(900, TimeUnit.SECONDS), log);
            System.out.println("[large plan, " + expect + "] " + log.strip().replace("\n", " | "));
            assertEquals(0, node.exitValue(), log);
        }
    }

    @Test
    void theSocketNeedsTheSessionTokenAndTheServerListensOnTheLoopbackOnly() throws Exception {
        try (DiagramServer server = DiagramServer.start(new FileDocumentHost(Locale.FRENCH), webRoot())) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/index.html")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(base + "/glsp?token=wrong")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(base + "/glsp")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            assertTrue(server.pageUrl(folder, DiagramKind.MAP, null).startsWith("http://127.0.0.1:"));
        }
    }

    @Test
    void aPageOfAnotherOriginCannotOpenTheSessionEvenWithItsToken() throws Exception {
        try (DiagramServer server = DiagramServer.start(new FileDocumentHost(Locale.FRENCH), webRoot())) {
            Process node = new ProcessBuilder("node", "e2e/foreign-origin.mjs", String.valueOf(server.port()), server.token())
                    .directory(clientSources().toFile()).redirectErrorStream(true).start();
            String log = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(node.waitFor(120, TimeUnit.SECONDS), log);
            assertEquals(0, node.exitValue(), log);
            for (String line : new String[] {"own-page open", "other-port refused", "localhost refused",
                    "localhost-socket refused", "rebound refused http 403"}) {
                assertTrue(log.contains(line), line + " in\n" + log);
            }
        }
    }

    static URL webRoot() throws IOException {
        URL web = Platform.getBundle("org.maillage.diagram.client").getEntry("web/");
        if (web == null) {
            throw new IllegalStateException("org.maillage.diagram.client has no web/ folder: was it built?");
        }
        return FileLocator.toFileURL(web);
    }

    /** The client's sources with their node_modules (playwright-core), as the build left them. */
    private static Path clientSources() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("bundles/org.maillage.diagram.client/node_modules/playwright-core"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("bundles/org.maillage.diagram.client/node_modules not found: build the client first");
        }
        return dir.resolve("bundles/org.maillage.diagram.client");
    }
}
