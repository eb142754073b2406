package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.load.FileChecks;
import org.maillage.dsl.resource.CoopResource;
import org.maillage.dsl.samples.AdversarialInputs;

/**
 * Every .coop resource applies the command line's input checks to the text it reads (the language
 * server and the index read files through it): a refused text is an empty model with one error at
 * the right place, its other files are unaffected, and an edit that makes it acceptable parses it.
 */
class CoopResourceChecksHeadlessTest {

    private static final String DEEP = "territory T \"t\" kind area\n" + "{".repeat(5_000) + "\n";

    @Test
    void aRefusedTextIsAnEmptyModelWithOneErrorAndTheOtherFilesAreChecked() {
        CoopFixture fixture = new CoopFixture(Locale.ENGLISH);
        XtextResource deep = fixture.add("deep", DEEP);
        fixture.add("other", "actor X \"x\" public covers Nowhere\n");
        assertTrue(((CoopResource) deep).isRefused());
        assertTrue(deep.getContents().isEmpty() || fixture.file(deep).getTerritories().isEmpty(), "not parsed");
        List<Issue> issues = fixture.validate();
        Issue nesting = issues.stream().filter(i -> "FILE-NESTING".equals(i.getCode())).findFirst().orElseThrow();
        assertEquals(2, nesting.getLineNumber());
        assertEquals(FileChecks.MAX_DEPTH + 1, nesting.getColumn());
        assertEquals(1, nesting.getData().length, "a hint");
        assertTrue(nesting.getUriToProblem() == null || nesting.getUriToProblem().toString().contains("deep"));
        assertTrue(issues.stream().anyMatch(i -> "LINK-UNRESOLVED".equals(i.getCode())), issues.toString());
    }

    @Test
    void binaryAndEncodingAreCheckedOnLoad() {
        CoopFixture fixture = new CoopFixture(Locale.ENGLISH);
        fixture.add("binary", "actor X \"x\u0000\" public\n");
        List<String> codes = fixture.validate().stream().map(Issue::getCode).toList();
        assertEquals(List.of("FILE-BINARY"), codes);
    }

    @Test
    void editingARefusedTextChecksItAgainAsAWhole() throws Exception {
        CoopFixture fixture = new CoopFixture(Locale.ENGLISH);
        CoopResource resource = (CoopResource) fixture.add("deep", DEEP);
        int braces = DEEP.indexOf('{');
        resource.update(braces, 5_000, "");
        assertFalse(resource.isRefused());
        assertEquals(1, fixture.file(resource).getTerritories().size());
        resource.reparse(AdversarialInputs.bracesBehindComment(100_000));
        assertTrue(resource.isRefused());
        assertEquals(List.of("FILE-NESTING"), fixture.validate().stream().map(Issue::getCode).toList());
        resource.reparse(new String(AdversarialInputs.bracesInComment(70).getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8));
        assertFalse(resource.isRefused());
    }

    @Test
    void anEditBeyondWhatWasKeptOfATooLargeTextStaysRefused() {
        int length = (int) FileChecks.MAX_BYTES + 1024 * 1024;
        CoopResource resource = (CoopResource) new CoopFixture(Locale.ENGLISH).add("large", " ".repeat(length));
        assertTrue(resource.isRefused());
        resource.update(length - 1, 1, "x");
        assertTrue(resource.isRefused());
    }
}
