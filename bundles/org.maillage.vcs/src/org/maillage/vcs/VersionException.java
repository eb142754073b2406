package org.maillage.vcs;

/** A version that cannot be read: a missing path, an unknown revision, a file refused. The message is for the user. */
public final class VersionException extends Exception {

    private static final long serialVersionUID = 1L;

    public VersionException(String message) {
        super(message);
    }
}
