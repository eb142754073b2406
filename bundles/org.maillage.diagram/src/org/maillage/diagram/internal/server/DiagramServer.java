package org.maillage.diagram.internal.server;

import java.net.InetSocketAddress;
import java.net.URL;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.websocket.GLSPConfigurator;
import org.eclipse.glsp.server.websocket.GLSPServerEndpoint;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.resource.URLResourceFactory;
import org.maillage.diagram.DiagramHost;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.internal.glsp.CoopDiagramModule;

import com.google.inject.Guice;

import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The diagram server: Jetty on 127.0.0.1 only, on a free port, serving the web client's files
 * and the GLSP socket ({@code /glsp}) that only the client's own page, holding the session token,
 * may open; requests that do not name the loopback as their host are refused ({@link TokenGuard}).
 */
public final class DiagramServer implements AutoCloseable {
    public static final String SOCKET_PATH = "/glsp";

    private final Server jetty;
    private final String token;

    private DiagramServer(Server jetty, String token) {
        this.jetty = jetty;
        this.token = token;
    }

    /** Starts a server for the host's documents; {@code webRoot} holds the client (index.html, bundle.js). */
    public static DiagramServer start(DiagramHost host, URL webRoot) throws Exception {
        LoggingBundles.start();
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        String token = HexFormat.of().formatHex(secret);
        ServerModule module = new ServerModule();
        for (DiagramKind kind : DiagramKind.values()) {
            module.configureDiagramModule(new CoopDiagramModule(kind, host));
        }

        Server jetty = new Server(new InetSocketAddress("127.0.0.1", 0));
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.NO_SESSIONS);
        context.setContextPath("/");
        if (!ResourceFactory.isSupported(webRoot.toString())) {
            // Equinox bundle entries ("bundleentry:") are read through java.net.URL.
            ResourceFactory.registerResourceFactory(webRoot.getProtocol(), new URLResourceFactory());
        }
        context.setBaseResource(ResourceFactory.of(context).newResource(webRoot));
        ServletHolder files = new ServletHolder("default", DefaultServlet.class);
        files.setInitParameter("dirAllowed", "false");
        files.setInitParameter("cacheControl", "no-store");
        context.addServlet(files, "/");
        JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
            // A session stays open while the server computes a large diagram (Jetty's default closes an
            // idle socket after 30 s, and the page then asks for the same diagram again, endlessly), and
            // the client's messages may be large.
            container.setDefaultMaxSessionIdleTimeout(0);
            container.setDefaultMaxTextMessageBufferSize(MAX_MESSAGE);
            container.addEndpoint(ServerEndpointConfig.Builder.create(GLSPServerEndpoint.class, SOCKET_PATH)
                    .configurator(new GLSPConfigurator(() -> Guice.createInjector(module))).build());
        });
        jetty.setHandler(new TokenGuard(token, SOCKET_PATH, context));
        jetty.start();
        return new DiagramServer(jetty, token);
    }

    /** The largest message of a client, in characters. */
    private static final int MAX_MESSAGE = 16 * 1024 * 1024;

    public int port() {
        return ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
    }

    public String token() {
        return token;
    }

    /** The page showing one diagram of a file: {@code http://127.0.0.1:PORT/index.html?…}. */
    public String pageUrl(java.nio.file.Path file, DiagramKind kind, String plan) {
        return LoopbackHeaders.clientOrigin(port()) + "/index.html?token=" + token + "&type=" + kind.diagramType() + "&plan="
                + (plan == null ? "" : java.net.URLEncoder.encode(plan, java.nio.charset.StandardCharsets.UTF_8)) + "&file="
                + java.net.URLEncoder.encode(file.toAbsolutePath().toString(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        jetty.stop();
    }
}
