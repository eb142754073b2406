package org.maillage.model.validation;

import java.util.Objects;

/**
 * The settings the catalogue uses when its caller names none: {@link RuleSettings#DEFAULTS}, unless the
 * application running it sets others (the workbench does, from its preferences). The command line
 * never sets them: its results depend on its arguments only.
 */
public final class RuleDefaults {

    private static volatile RuleSettings current = RuleSettings.DEFAULTS;

    private RuleDefaults() {
    }

    public static RuleSettings current() {
        return current;
    }

    public static void set(RuleSettings settings) {
        current = Objects.requireNonNull(settings);
    }
}
