package org.maillage.diagram.internal.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Keeps the diagram server to the client the application opened: every request must name the
 * loopback as its {@code Host} (a DNS-rebound page sends its own name), and the diagram socket
 * opens only from the client's own page ({@code Origin}) with the session token of the
 * application that started the server ({@code ?token=…}). The client's static files are public.
 */
final class TokenGuard extends Handler.Wrapper {
    private final byte[] token;
    private final String protectedPath;

    TokenGuard(String token, String protectedPath, Handler handler) {
        super(handler);
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.protectedPath = protectedPath;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        int port = Request.getLocalPort(request);
        if (!LoopbackHeaders.isLoopbackHost(request.getHeaders().get(HttpHeader.HOST), port)) {
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "Not a loopback host");
            return true;
        }
        if (Request.getPathInContext(request).startsWith(protectedPath)) {
            if (!LoopbackHeaders.isClientOrigin(request.getHeaders().get(HttpHeader.ORIGIN), port)) {
                Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "Not the diagram client's origin");
                return true;
            }
            Fields query = Request.extractQueryParameters(request);
            String given = query.getValue("token");
            if (given == null || !MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8))) {
                Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403, "Missing or wrong session token");
                return true;
            }
        }
        return super.handle(request, response, callback);
    }
}
