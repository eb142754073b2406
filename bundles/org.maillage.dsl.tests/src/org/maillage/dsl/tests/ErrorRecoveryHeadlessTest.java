package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A misspelt keyword anywhere, or a missing brace, must not hide what follows: each case puts one
 * such mistake near the top and an independent error far below, and both must be reported.
 */
class ErrorRecoveryHeadlessTest {

    private static final String REFERENTIAL = """
            territory Parc "Parc" kind park
            actor PNR "Parc" public covers Parc
            actor CC "CC" public covers Parc
            function Decision "Décision"
            function Animation "Animation"
            """;

    /** The far error: an entry without A (RACI-NO-A), on the line marked LATE. */
    private static final String LATE_PLAN = """
            plan Late "Plus loin" from 2024 to 2026 {
                action Far "Loin" {
                    Decision: R CC
                    indicator "n"
                }
            }
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "top-level keyword|actr Typo \"Faute\" public covers Parc|SYNTAX-UNEXPECTED",
            "plan member|plan P \"P\" from 2024 to 2026 {\\n    actoin Act1 \"A\" {\\n        Decision: A/R PNR\\n    }\\n}|SYNTAX-UNEXPECTED",
            "line in an action|plan P \"P\" from 2024 to 2026 {\\n    action Act1 \"A\" {\\n        indicatr \"x\" target 3\\n        Decision: A/R PNR\\n    }\\n}|SYNTAX",
            "line in a convention|plan P \"P\" from 2024 to 2026 {\\n    convention Conv1 \"C\" kind partnership between PNR, CC {\\n        comitee Copil \"C\" members PNR\\n    }\\n}|SYNTAX-UNEXPECTED",
            "missing closing brace|plan P \"P\" from 2024 to 2026 {\\n    action Act1 \"A\" {\\n        Decision: A/R PNR\\n}|SYNTAX",
            "line in an actor|actor X \"X\" public {\\n    politcal \"Conseil\"\\n}|SYNTAX-UNEXPECTED" })
    void laterErrorsAreStillReported(String name, String mistake, String expectedCode) {
        String text = REFERENTIAL + mistake.replace("\\n", "\n") + "\n\n\n" + LATE_PLAN;
        int mistakeLine = 6;
        int lateLine = (int) text.lines().takeWhile(l -> !l.contains("Decision: R CC")).count() + 1;
        CoopFixture fixture = new CoopFixture();
        fixture.add("f", text);
        List<Issue> issues = fixture.validate();
        assertTrue(issues.stream().anyMatch(i -> i.getCode().startsWith(expectedCode)
                && i.getLineNumber() >= mistakeLine && i.getLineNumber() < lateLine - 1),
                name + ": the mistake is reported near line " + mistakeLine + ": " + issues);
        assertTrue(issues.stream().anyMatch(i -> "RACI-NO-A".equals(i.getCode()) && i.getLineNumber() == lateLine
                && i.getSeverity() == Severity.ERROR), name + ": the far error at line " + lateLine + ": " + issues);
    }
}
