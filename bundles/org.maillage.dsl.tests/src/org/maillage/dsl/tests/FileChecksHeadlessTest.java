package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.maillage.dsl.load.FileChecks;
import org.maillage.dsl.load.FileDiagnostic;
import org.maillage.dsl.samples.AdversarialInputs;

/**
 * The nesting check counts braces as the parser does: with the language's lexer, so that quotes
 * in comments open no string and braces in comments or strings do not count.
 */
class FileChecksHeadlessTest {

    private static final Path FILE = Path.of("f.coop");

    private static String decode(String text) throws FileChecks.Refused {
        return FileChecks.decode(FILE, text.getBytes(StandardCharsets.UTF_8), Locale.ENGLISH);
    }

    private static FileDiagnostic refused(String text) {
        try {
            decode(text);
        } catch (FileChecks.Refused refused) {
            return refused.diagnostic();
        }
        return fail("accepted");
    }

    @Test
    void aQuoteInABlockCommentOpensNoString() {
        FileDiagnostic nesting = refused(AdversarialInputs.bracesBehindComment(100_000));
        assertEquals("FILE-NESTING", nesting.code());
        assertEquals(2, nesting.line());
        assertEquals("plan P \"p\" from 2024 to 2026 ".length() + FileChecks.MAX_DEPTH + 1, nesting.column());
    }

    @Test
    void aQuoteInALineCommentOpensNoString() {
        FileDiagnostic nesting = refused("// \"\nplan P \"p\" from 2024 to 2026 " + "{".repeat(100) + "\n");
        assertEquals("FILE-NESTING", nesting.code());
        assertEquals(2, nesting.line());
    }

    @Test
    void bracesInCommentsAndStringsDoNotCount() throws FileChecks.Refused {
        String inComment = AdversarialInputs.bracesInComment(70);
        assertEquals(inComment, decode(inComment));
        String inLineComment = "// " + "{".repeat(70) + "\nplan P \"p\" from 2024 to 2026 {\n}\n";
        assertEquals(inLineComment, decode(inLineComment));
        String inString = "plan P \"" + "{".repeat(70) + "\\\"\" from 2024 to 2026 {\n}\n";
        assertEquals(inString, decode(inString));
    }

    @Test
    void deepBracesAreRefusedAtTheFirstTooDeep() {
        FileDiagnostic nesting = refused("plan P \"p\" from 2024 to 2026\n  " + "{\n".repeat(FileChecks.MAX_DEPTH + 5));
        assertEquals("FILE-NESTING", nesting.code());
        assertEquals(2 + FileChecks.MAX_DEPTH, nesting.line());
        assertEquals(1, nesting.column());
    }
}
