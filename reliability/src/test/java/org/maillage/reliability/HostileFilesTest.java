package org.maillage.reliability;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.maillage.model.exchange.Exchange;
import org.maillage.model.exchange.ExchangeException;
import org.maillage.model.exchange.JsonExchange;
import org.maillage.model.exchange.XmiExchange;

/**
 * Exchange files built to hurt: external entities, entity expansion, 100 MB, wrong types. Each is
 * refused with a message that says why, without reading more than the size bound into memory.
 */
class HostileFilesTest {

    private static final long HUNDRED_MB = 100L * 1024 * 1024;

    private static String refusal(Exchange exchange, InputStream in) {
        return refusal(exchange, in, "");
    }

    private static String refusal(Exchange exchange, InputStream in, String what) {
        ExchangeException refused = assertThrows(ExchangeException.class, () -> exchange.read(in), what);
        assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), "a message says why");
        return refused.getMessage();
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void xmiWithAnExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<coop:CoopFile xmlns:coop=\"http://maillage.org/coop/1.0\"><actors name=\"&secret;\"/></coop:CoopFile>";
        String message = refusal(new XmiExchange(), text(xxe));
        assertTrue(message.contains("DOCTYPE"), message);
    }

    @Test
    void xmiWithEntityExpansionIsRefused() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        laughs.append("]>\n<coop:CoopFile xmlns:coop=\"http://maillage.org/coop/1.0\"><actors name=\"&lol9;\"/></coop:CoopFile>");
        refusal(new XmiExchange(), text(laughs.toString()));
    }

    @Test
    void hundredMegabyteFilesAreRefusedWithoutBeingRead() {
        for (Exchange exchange : new Exchange[] { new XmiExchange(), new JsonExchange() }) {
            String head = exchange instanceof XmiExchange
                    ? "<?xml version=\"1.0\"?>\n<coop:CoopFile xmlns:coop=\"http://maillage.org/coop/1.0\" a=\""
                    : "{\"format\":\"maillage-coop\",\"version\":1,\"files\":[{\"actors\":[{\"name\":\"";
            String message = refusal(exchange, new SequenceInputStream(text(head), new Filler(HUNDRED_MB)));
            assertTrue(message.contains("MB") || message.contains("Mo") || message.contains("large") || message.contains("size"),
                    exchange.getClass().getSimpleName() + ": " + message);
        }
    }

    @Test
    void jsonWithWrongTypesIsRefused() {
        for (String json : new String[] { "{\"format\":\"maillage-coop\",\"version\":1,\"files\":[{\"actors\":\"pas une liste\"}]}",
                "{\"format\":\"maillage-coop\",\"version\":1,\"files\":[{\"actors\":[{\"name\":42,\"kind\":[]}]}]}",
                "{\"format\":\"maillage-coop\",\"version\":1,\"files\":{}}", "[]", "{\"format\":\"autre\"}",
                "{\"format\":\"maillage-coop\",\"version\":99,\"files\":[]}", "{" }) {
            refusal(new JsonExchange(), text(json), json);
        }
    }

    @Test
    void deeplyNestedJsonIsRefusedNotOverflowed() {
        String nested = "[".repeat(100_000) + "]".repeat(100_000);
        refusal(new JsonExchange(), text("{\"format\":\"maillage-coop\",\"version\":1,\"files\":" + nested + "}"));
    }

    /** {@code size} bytes of 'a', produced as they are read: nothing is held in memory. */
    private static final class Filler extends InputStream {

        private long left;

        Filler(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            left -= n;
            return n;
        }
    }
}
