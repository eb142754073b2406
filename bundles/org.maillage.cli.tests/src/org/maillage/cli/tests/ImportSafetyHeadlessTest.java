package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an exchange file from a partner cannot make import do: open anything outside the file,
 * or write .coop text that does not read back as the same model (issue #24, items 2, 8, 13).
 */
class ImportSafetyHeadlessTest {

    private static final String XMI = """
            <?xml version="1.0" encoding="UTF-8"?>
            <coop:CoopFile xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:coop="http://maillage.org/coop/1.0">
              <actors name="A" title="a" kind="public">
                <covers href="%s"/>
              </actors>
            </coop:CoopFile>
            """;

    private static final String PARTNER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <coop:CoopFile xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:coop="http://maillage.org/coop/1.0">
              <territories name="T" title="SECRET-%s" kind="area"/>
            </coop:CoopFile>
            """;

    @TempDir
    Path dir;

    /** A loopback HTTP server answering every request with a partner's XMI; counts the requests it gets. */
    private static final class RecordingServer implements AutoCloseable {

        final ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        final AtomicInteger requests = new AtomicInteger();
        private final Thread thread = new Thread(this::serve, "recording-server");

        RecordingServer() throws IOException {
            socket.setSoTimeout(200);
            thread.setDaemon(true);
            thread.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/partner.xmi#//@territories.0";
        }

        private void serve() {
            for (int i = 0; i < 300 && !socket.isClosed(); i++) { // bounded: at most one minute
                try (Socket client = socket.accept()) {
                    requests.incrementAndGet();
                    InputStream in = client.getInputStream();
                    in.read(new byte[8192]);
                    OutputStream out = client.getOutputStream();
                    out.write(("HTTP/1.0 200 OK\r\nContent-Type: application/xml\r\n\r\n"
                            + PARTNER.formatted("REMOTE")).getBytes(StandardCharsets.UTF_8));
                } catch (SocketTimeoutException e) {
                    // poll again
                } catch (IOException e) {
                    return;
                }
            }
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join();
        }
    }

    @Test
    void anHrefToAServerIsNeverFetched() throws Exception {
        CliRun run;
        int requests;
        try (RecordingServer server = new RecordingServer()) {
            Files.writeString(dir.resolve("remote.xmi"), XMI.formatted(server.url()));
            run = CliRun.in(dir, "import", "remote.xmi", "-o", "out.coop");
            requests = server.requests.get();
        }
        assertEquals(0, requests, "the server was contacted");
        assertEquals(1, run.exit(), run.toString());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("maillage import: remote.xmi: référence vers un autre document, non suivie"),
                run.err());
        assertFalse(run.err().contains("SECRET"), run.err());
        assertFalse(Files.exists(dir.resolve("out.coop")));
    }

    @Test
    void anHrefToALocalFileIsNeverRead() throws Exception {
        Path partner = Files.writeString(dir.resolve("partner.xmi"), PARTNER.formatted("LOCAL"));
        Files.writeString(dir.resolve("local.xmi"), XMI.formatted(partner.toUri() + "#//@territories.0"));
        Files.writeString(dir.resolve("relative.xmi"), XMI.formatted("partner.xmi#//@territories.0"));
        for (String input : new String[] { "local.xmi", "relative.xmi" }) {
            CliRun run = CliRun.in(dir, "import", input, "-o", "out.coop");
            assertEquals(1, run.exit(), run.toString());
            assertEquals(1, run.err().lines().count(), run.err());
            assertFalse(run.err().contains("SECRET"), run.err());
            assertFalse(Files.exists(dir.resolve("out.coop")));
        }
    }

    private static String plan(String convention) {
        return """
                {"format": "maillage-coop", "version": 1, "files": [{"type": "CoopFile",
                  "actors": [{"type": "Actor", "name": "A", "title": "a", "kind": "public"},
                             {"type": "Actor", "name": "B", "title": "b", "kind": "public"}],
                  "plans": [{"type": "Plan", "name": "P", "title": "p", "fromYear": 2024, "toYear": 2026,
                    "conventions": [{"type": "Convention", "name": "C", "title": "c", "kind": "partnership",
                      "parties": ["A", "B"] %s}]}]}]}
                """.formatted(convention);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            , "fundings": [{"type": "Funding", "source": "LEADER", "amount": -5}]                 | Funding 1 / Convention C, amount : valeur « -5 »
            , "committees": [{"type": "Committee", "name": "K", "title": "k", "members": ["A"], "meetingsPerYear": -2}] | Committee K, meetingsPerYear : valeur « -2 »
            , "startDate": "soon", "endDate": "2026-01-01"                                        | Convention C, startDate : valeur « soon »
            , "startDate": "2025-01-01", "endDate": "2025-12-31 { } action Evil \\"e\\" { }"      | Convention C, endDate : valeur « 2025-12-31 { } action Evil "e" { } »
            , "commitments": [{"type": "Commitment", "title": "t"}]                               | Commitment 1 / Convention C : party manquant
            , "committees": [{"type": "Committee", "name": "", "title": "k", "members": ["A"]}]   | Committee 1 / Convention C, name : valeur «
            """)
    void valuesTheLanguageCannotReadAreRefusedInOneLine(String convention, String expected) throws Exception {
        Files.writeString(dir.resolve("in.json"), plan(convention));
        CliRun run = CliRun.in(dir, "import", "in.json", "-o", "out.coop");
        assertEquals(1, run.exit(), run.toString());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("maillage import: in.json: " + expected), run.err());
        assertFalse(Files.exists(dir.resolve("out.coop")), "nothing is written");
    }

    @Test
    void negativeOrMissingYearsAreRefused() throws Exception {
        Files.writeString(dir.resolve("year.json"), plan("").replace("\"fromYear\": 2024, ", ""));
        CliRun missing = CliRun.in(dir, "import", "year.json", "-o", "out.coop");
        assertEquals(1, missing.exit(), missing.toString());
        assertEquals("maillage import: year.json: Plan P : fromYear manquant ; rien n'a été écrit\n", missing.err());
        Files.writeString(dir.resolve("year.json"), plan("").replace("2026", "-1"));
        CliRun negative = CliRun.in(dir, "import", "year.json", "-o", "out.coop");
        assertEquals(1, negative.exit(), negative.toString());
        assertTrue(negative.err().startsWith("maillage import: year.json: Plan P, toYear : valeur « -1 »"),
                negative.err());
        assertFalse(Files.exists(dir.resolve("out.coop")));
        Files.writeString(dir.resolve("good.json"), plan(", \"startDate\": \"2025-01-01\", \"endDate\": \"2025-12-31\""));
        CliRun good = CliRun.in(dir, "import", "good.json", "-o", "out.coop");
        assertEquals(0, good.exit(), good.toString());
        assertTrue(Files.readString(dir.resolve("out.coop")).contains("from 2025-01-01 to 2025-12-31"));
    }
}
