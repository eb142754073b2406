package org.maillage.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.dsl.load.FileChecks;
import org.maillage.dsl.samples.AdversarialInputs;
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

    /**
     * The same invariants, the second included, on large hostile inputs the fuzzer does not reach
     * by mutation (each under the 8 MB bound): they once took minutes or overflowed the stack.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("largeAdversarialInputs")
    void largeAdversarialInput(String name, byte[] bytes) {
        frontEnd(bytes);
    }

    static Stream<Arguments> largeAdversarialInputs() {
        return Stream.of(
                input("within chain 5,000 deep (200 KB)", AdversarialInputs.withinChain(5_000)),
                input("number of 1 MB", AdversarialInputs.longNumber(1_000_000)),
                input("number of 5 MB", AdversarialInputs.longNumber(5_000_000)),
                input("100,000 braces behind a quote in a comment", AdversarialInputs.bracesBehindComment(100_000)),
                input("70 braces in a comment", AdversarialInputs.bracesInComment(70)));
    }

    /**
     * 100,000 territories (4.3 MB): every invariant but the second. Parsing, linking, checking and
     * formatting such a file twice (the round trip) takes 15 to 25 s on 2 cores, most of it in the
     * formatter (Xtext's {@code ArrayListTextSegmentSet}) and in parsing; no step is quadratic in
     * the catalogue or the fragments any more (docs/reliability.md).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("modelsAtTheSizeBound")
    void modelAtTheSizeBound(String name, byte[] bytes) {
        check(bytes);
    }

    static Stream<Arguments> modelsAtTheSizeBound() {
        return Stream.of(
                input("within chain 100,000 deep (4.3 MB)", AdversarialInputs.withinChain(100_000)),
                input("within cycle of 100,000 territories", AdversarialInputs.withinCycle(100_000)));
    }

    private static Arguments input(String name, String text) {
        return Arguments.of(name, text.getBytes(StandardCharsets.UTF_8));
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
            assertTrue(Language.sameModel(Language.model(resource), Language.model(again)),
                    "formatting keeps the model:\n" + formatted);
            assertEquals(formatted, Language.format(again), "formatting is stable");
        }
    }
}
