package org.maillage.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.maillage.dsl.load.FileChecks;
import org.maillage.dsl.samples.PlanGenerator;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the language front end with Jazzer: bytes go through the checks the
 * command line applies to files (UTF-8, NUL, size, nesting), then the parser, the linker, the
 * whole rule catalogue and the formatter. Invariants: no exception escapes; no input takes more
 * than a second; every problem of the syntax has a position inside the text; a text without syntax
 * problems formats into a text that parses again to an equal model, and formatting that is stable.
 * Seeds: the reference example (copied by the build) and the inputs below in test resources.
 */
class LanguageFuzzTest {

    /** Creates the language's injector and warms the parser up, so that the 1 s bound measures inputs. */
    @BeforeAll
    static void warmUp() {
        Language.check(Language.parse(new PlanGenerator(7, PlanGenerator.Size.S).generate()));
    }

    /** The longest a single input may take, parse to format. */
    static final long MAX_NANOS = TimeUnit.SECONDS.toNanos(1);

    @FuzzTest(maxDuration = "60s")
    void frontEnd(byte[] bytes) {
        long start = System.nanoTime();
        check(bytes);
        long took = System.nanoTime() - start;
        assertTrue(took <= MAX_NANOS, "an input took " + took / 1_000_000 + " ms");
    }

    private static void check(byte[] bytes) {
        String text;
        try {
            text = FileChecks.decode(Path.of("fuzz.coop"), bytes, Locale.FRENCH);
        } catch (FileChecks.Refused refused) {
            assertNotNull(refused.diagnostic().message());
            return;
        }
        XtextResource resource = Language.parse(text);
        List<Issue> issues = Language.check(resource);
        int diagnostics = resource.getErrors().size() + resource.getWarnings().size();
        assertTrue(issues.size() >= diagnostics, "every syntax or link problem becomes a diagnostic ("
                + diagnostics + " found, " + issues.size() + " reported): a conversion failed");
        for (Issue issue : issues) {
            assertNotNull(issue.getCode(), "every diagnostic has a code: " + issue);
            if (issue.getCode().startsWith("SYNTAX")) {
                assertNotNull(issue.getLineNumber(), "a syntax problem has a line: " + issue);
                assertNotNull(issue.getColumn(), "a syntax problem has a column: " + issue);
                assertTrue(issue.getOffset() != null && issue.getOffset() <= text.length(), "inside the text: " + issue);
            }
        }
        // the formatter's contract, as the command line and the editor apply it: a text with a syntax
        // problem (stray tokens included, which the parser recovers from) is never formatted
        boolean formattable = issues.stream().noneMatch(i -> i.getCode() != null && i.getCode().startsWith("SYNTAX"));
        if (formattable && !resource.getParseResult().hasSyntaxErrors() && Language.model(resource) != null) {
            String formatted = Language.format(resource);
            XtextResource again = Language.parse(formatted);
            assertTrue(!again.getParseResult().hasSyntaxErrors(), "the formatted text parses:\n" + formatted);
            assertTrue(EcoreUtil.equals(Language.model(resource), Language.model(again)),
                    "formatting keeps the model:\n" + formatted);
            assertEquals(formatted, Language.format(again), "formatting is stable");
        }
    }
}
