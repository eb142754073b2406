package org.maillage.cli;

/** The exit codes of every {@code maillage} command (DESIGN.md, CLI contract). */
public final class CliExit {

    /** The command did what was asked and found no error. */
    public static final int OK = 0;

    /** The command ran, and the input has errors (e.g. a model that does not validate). */
    public static final int FINDINGS = 1;

    /** The command line was wrong, or a file could not be read or written. */
    public static final int USAGE_OR_IO = 2;

    private CliExit() {
    }
}
