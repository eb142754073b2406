package org.maillage.model.exchange;

/** An exchange file that cannot be read as a Maillage model; the message says why and where. */
public class ExchangeException extends Exception {

    private static final long serialVersionUID = 1L;

    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
