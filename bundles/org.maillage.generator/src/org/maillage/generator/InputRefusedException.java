package org.maillage.generator;

/**
 * Thrown by a generator when something the user handed it (a document template, a spreadsheet) is
 * refused as input. The run then fails as a refused input, which the command line reports with
 * exit code 1 like any other finding in the user's files, not as a fault of the generator. The
 * message is one line that names the file and what in it was refused, in the user's language.
 */
public class InputRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public InputRefusedException(String message) {
        super(message);
    }

    public InputRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
