package org.maillage.model.validation;

/** How serious a finding is. The command line prints the lower-case English word. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** {@code error}, {@code warning} or {@code info}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
