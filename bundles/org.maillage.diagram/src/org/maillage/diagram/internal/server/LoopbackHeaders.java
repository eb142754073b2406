package org.maillage.diagram.internal.server;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the headers of a request to the diagram server must say, so that no other web page can
 * reach it: the {@code Host} names the loopback (a page whose name was rebound to 127.0.0.1 by
 * its DNS still sends its own name), and the socket's {@code Origin} is the client's own page,
 * {@code http://127.0.0.1:PORT}. Names are compared as text, never resolved.
 */
public final class LoopbackHeaders {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private LoopbackHeaders() {
    }

    /** Whether a {@code Host} header names the loopback, with no port or the server's {@code port}. */
    public static boolean isLoopbackHost(String host, int port) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf(']')) {
            if (!name.substring(colon + 1).equals(String.valueOf(port))) {
                return false;
            }
            name = name.substring(0, colon);
        }
        return name.equals("localhost") || name.equals("[::1]") || IPV4_LOOPBACK.matcher(name).matches();
    }

    /** The origin of the pages the server gives out ({@link DiagramServer#pageUrl}). */
    public static String clientOrigin(int port) {
        return "http://127.0.0.1:" + port;
    }

    /** Whether an {@code Origin} header is the client's own: absent, {@code null} or any other is not. */
    public static boolean isClientOrigin(String origin, int port) {
        return clientOrigin(port).equals(origin);
    }
}
