package org.maillage.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.maillage.diagram.internal.document.FileDocumentHost;
import org.maillage.diagram.internal.server.DiagramServer;
import org.maillage.diagram.internal.server.LoopbackHeaders;

/**
 * The diagram server answers only the client it gives out: a {@code Host} that is not the
 * loopback (DNS rebinding) gets nothing, and the socket opens only from the client's origin.
 */
class DiagramServerHeadersTest {

    @Test
    void hostHeadersNamingTheLoopback() {
        for (String host : new String[] {"127.0.0.1:4711", "127.0.0.1", "localhost:4711", "LocalHost:4711", "[::1]:4711",
                "[::1]", "127.1.2.3:4711"}) {
            assertTrue(LoopbackHeaders.isLoopbackHost(host, 4711), host);
        }
        for (String host : new String[] {null, "", "evil.example:4711", "127.0.0.1.evil.example:4711", "localhost.:4711",
                "127.0.0.1:4712", "127.0.0.1:", "localhost:4711:4711", "[::2]:4711", "0.0.0.0:4711", "128.0.0.1:4711",
                "127.0.0.256:4711", "127.0.0:4711", "2130706433:4711", "[::1]x:4711"}) {
            assertFalse(LoopbackHeaders.isLoopbackHost(host, 4711), String.valueOf(host));
        }
    }

    @Test
    void theClientsOriginOnly() {
        assertTrue(LoopbackHeaders.isClientOrigin("http://127.0.0.1:4711", 4711));
        for (String origin : new String[] {null, "null", "", "http://localhost:4711", "http://127.0.0.1:4712",
                "https://127.0.0.1:4711", "http://127.0.0.1:4711/", "http://evil.example", "file://"}) {
            assertFalse(LoopbackHeaders.isClientOrigin(origin, 4711), String.valueOf(origin));
        }
    }

    @Test
    void theSocketOpensFromTheClientsOriginOnAHostOfTheLoopbackOnly() throws Exception {
        try (DiagramServer server = DiagramServer.start(new FileDocumentHost(Locale.FRENCH), ClientEndToEndTest.webRoot())) {
            int port = server.port();
            String own = "http://127.0.0.1:" + port;
            String socket = "/glsp?token=" + server.token();
            assertEquals(101, status(port, "127.0.0.1:" + port, own, socket), "the client's own page opens the socket");
            assertEquals(403, status(port, "127.0.0.1:" + port, "http://evil.example", socket));
            assertEquals(403, status(port, "127.0.0.1:" + port, "http://localhost:" + port, socket));
            assertEquals(403, status(port, "127.0.0.1:" + port, null, socket), "no origin, no socket");
            assertEquals(403, status(port, "evil.example:" + port, own, socket), "a rebound name");
            assertEquals(403, status(port, "evil.example:" + port, null, "/index.html"), "not even the client's files");
            assertEquals(200, status(port, "localhost:" + port, null, "/index.html"));
        }
    }

    /** The status of a WebSocket upgrade request with these headers ({@code origin} null: none). */
    private static int status(int port, String host, String origin, String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
            if (origin != null) {
                request.append("Origin: ").append(origin).append("\r\n");
            }
            request.append("Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n")
                    .append("Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
