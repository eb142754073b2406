package org.maillage.diagram.internal.server;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Lets through to the diagram socket only the requests that carry the session token of the
 * application that started the server ({@code ?token=…}); the client's static files are public.
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
        if (Request.getPathInContext(request).startsWith(protectedPath)) {
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
