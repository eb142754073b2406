package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.samples.AdversarialInputs;
import org.maillage.model.exchange.Exchange;
import org.maillage.model.exchange.ExchangeException;
import org.maillage.model.services.Numbers;

/**
 * A number longer than {@link Numbers#MAX_DIGITS} digits is a diagnostic with a code, a position
 * and a hint, never a computation: in the text (amounts, targets, years) and in XMI and JSON files.
 */
class LongNumbersHeadlessTest {

    private static final String TOO_LONG = "9".repeat(Numbers.MAX_DIGITS + 1);

    private static List<Issue> issues(String text) {
        CoopFixture fixture = new CoopFixture(Locale.ENGLISH);
        fixture.add("n", text);
        return fixture.validate();
    }

    @Test
    void aTargetOfMoreThanThirtyDigitsIsReportedWhereItIs() {
        List<Issue> issues = issues(AdversarialInputs.longNumber(Numbers.MAX_DIGITS + 1));
        Issue tooLong = issues.stream().filter(i -> "VALUE-TOO-LONG".equals(i.getCode())).findFirst()
                .orElseGet(() -> fail(issues.toString()));
        assertEquals(3, tooLong.getLineNumber());
        assertEquals("        indicator \"i\" target ".length() + 1, tooLong.getColumn());
        assertTrue(tooLong.getMessage().contains(String.valueOf(Numbers.MAX_DIGITS)), tooLong.getMessage());
        assertFalse(tooLong.getMessage().contains(TOO_LONG), "the number itself is not repeated");
        assertEquals(1, tooLong.getData().length, "a hint");
        assertTrue(issues(AdversarialInputs.longNumber(Numbers.MAX_DIGITS)).isEmpty(), "thirty digits are a number");
    }

    @Test
    void aYearOrAnAmountOfMoreThanThirtyDigitsIsReported() {
        String text = """
                actor X "x" public
                plan P "p" from %s to 2026 {
                    convention Conv "c" kind framework between X {
                        funding LEADER %s.5 EUR
                    }
                }
                """.formatted(TOO_LONG, "1".repeat(Numbers.MAX_DIGITS));
        List<Issue> issues = issues(text);
        List<String> where = issues.stream().filter(i -> "VALUE-TOO-LONG".equals(i.getCode()))
                .map(i -> i.getLineNumber() + ":" + i.getColumn()).toList();
        assertEquals(List.of("2:17", "4:24"), where, issues.toString());
    }

    @Test
    void exchangeFilesWithAnOverlongNumberAreRefusedWithTheCodeAndWhere() throws Exception {
        CoopFixture fixture = new CoopFixture(Locale.ENGLISH);
        var resource = fixture.add("n", AdversarialInputs.longNumber(5).replace("99999", "12345"));
        for (String format : List.of("xmi", "json")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Exchange.forFormat(format).write(List.of(fixture.file(resource)), out);
            String written = out.toString(StandardCharsets.UTF_8);
            assertTrue(written.contains("12345"), written);
            byte[] hostile = written.replace("12345", TOO_LONG).getBytes(StandardCharsets.UTF_8);
            try {
                Exchange.forFormat(format).read(new ByteArrayInputStream(hostile));
                fail(format + " accepted");
            } catch (ExchangeException e) {
                assertTrue(e.getMessage().contains("[VALUE-TOO-LONG]"), e.getMessage());
                String where = format.equals("json") ? "target" : "line ";
                assertTrue(e.getMessage().contains(where) || e.getMessage().contains("ligne "), e.getMessage());
            }
            byte[] exponent = written.replace("12345", "1e999999").getBytes(StandardCharsets.UTF_8);
            try {
                Exchange.forFormat(format).read(new ByteArrayInputStream(exponent));
                fail(format + " accepted an exponent standing for a million digits");
            } catch (ExchangeException e) {
                assertTrue(e.getMessage().contains("[VALUE-TOO-LONG]"), e.getMessage());
            }
        }
    }
}
