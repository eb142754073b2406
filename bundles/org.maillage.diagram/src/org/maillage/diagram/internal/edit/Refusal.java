package org.maillage.diagram.internal.edit;

/** An operation the model does not allow; the message, in the user's language, says why. */
public final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    public Refusal(String message) {
        super(message);
    }
}
