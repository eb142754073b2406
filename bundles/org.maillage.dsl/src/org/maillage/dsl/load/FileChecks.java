package org.maillage.dsl.load;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.antlr.runtime.Token;
import org.maillage.dsl.internal.DslMessages;
import org.maillage.model.validation.Severity;

/**
 * What is checked of a file's bytes before the parser sees them: size, UTF-16 or UTF-32 text,
 * NUL bytes (binary), strict UTF-8, and brace nesting (the parser recurses per level). A file that
 * fails gets one error with its position and is not parsed. Line breaks of CR alone are read as LF.
 */
public final class FileChecks {

    /** Files above this size are refused (a 50,000-line plan is about 3 MB). */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    /** Deeper brace nesting is refused; the language itself never nests more than three levels. */
    public static final int MAX_DEPTH = 64;

    private FileChecks() {
    }

    /** The decoded text, or throws {@link Refused} with the diagnostic to report. */
    public static String decode(Path path, byte[] bytes, Locale locale) throws Refused {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(path, bytes.length, locale);
        }
        String wide = wideEncoding(bytes);
        if (wide != null) {
            throw refused(path, 1, 1, locale, "FILE-ENCODING", "file.wide", "file.encoding.hint", wide);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                int[] position = position(bytes, i);
                throw refused(path, position[0], position[1], locale, "FILE-BINARY", "file.binary", null);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalid(bytes);
            int[] position = position(bytes, offset);
            throw refused(path, position[0], position[1], locale, "FILE-ENCODING", "file.encoding",
                    "file.encoding.hint", offset);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.indexOf('\n') < 0 && text.indexOf('\r') >= 0) {
            // Line breaks of CR alone (classic Mac OS): read as LF, which keeps every offset.
            text = text.replace('\r', '\n');
        }
        checkNesting(path, text, locale);
        return text;
    }

    /**
     * UTF-16 or UTF-32 text, recognised by its byte order mark or, without one, by ASCII text
     * whose every other byte is NUL: its name, or null.
     */
    static String wideEncoding(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE, 0, 0) || startsWith(bytes, 0, 0, 0xFE, 0xFF)) {
            return "UTF-32";
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return "UTF-16";
        }
        int sample = Math.min(bytes.length, 512) & ~1;
        int[] nuls = new int[2];
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                nuls[i % 2]++;
            }
        }
        int half = sample / 2;
        boolean wide = half >= 2 && (nuls[0] == half && nuls[1] == 0 || nuls[1] == half && nuls[0] == 0);
        return wide ? "UTF-16" : null;
    }

    /**
     * The text of a file refused for its encoding, decoded as best as can be (UTF-16 or Latin-1,
     * which never fail): enough to know which names it declares, never to report on it.
     */
    public static String lenientText(byte[] bytes) {
        String wide = wideEncoding(bytes);
        if (wide == null) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (wide.equals("UTF-16") && !startsWith(bytes, 0xFF, 0xFE) && !startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, bytes.length > 1 && bytes[1] == 0 ? StandardCharsets.UTF_16LE
                    : StandardCharsets.UTF_16BE);
        }
        return new String(bytes, wide.equals("UTF-16") ? StandardCharsets.UTF_16 : Charset.forName("UTF-32"));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The refusal of a file of {@code size} bytes, above {@link #MAX_BYTES}. */
    public static Refused tooLarge(Path path, long size, Locale locale) {
        return refused(path, 1, 1, locale, "FILE-TOO-LARGE", "file.tooLarge", "file.tooLarge.hint",
                size / (1024 * 1024), MAX_BYTES / (1024 * 1024));
    }

    /**
     * Counts braces as the parser will see them: tokens of the language's own lexer (the generated
     * one), so that braces in strings and comments, and quotes in comments, count as they parse.
     */
    private static void checkNesting(Path path, String text, Locale locale) throws Refused {
        Token brace = BraceTokens.firstTooDeep(text, MAX_DEPTH);
        if (brace != null) {
            throw refused(path, brace.getLine(), brace.getCharPositionInLine() + 1, locale, "FILE-NESTING",
                    "file.nesting", "file.nesting.hint", MAX_DEPTH);
        }
    }

    private static int firstInvalid(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    /** 1-based line and column (in characters, counting a multi-byte sequence once) of a byte offset. */
    private static int[] position(byte[] bytes, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new int[] { line, column };
    }

    private static Refused refused(Path path, int line, int column, Locale locale, String code, String key,
            String hintKey, Object... arguments) {
        String message = DslMessages.get(locale, key, arguments);
        String hint = hintKey == null ? null : DslMessages.get(locale, hintKey, arguments);
        return new Refused(new FileDiagnostic(path, line, column, Severity.ERROR, message, code, hint));
    }

    /** A file the loader does not parse, with the diagnostic saying why. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient FileDiagnostic diagnostic;

        Refused(FileDiagnostic diagnostic) {
            super(diagnostic.message());
            this.diagnostic = diagnostic;
        }

        public FileDiagnostic diagnostic() {
            return diagnostic;
        }
    }
}
