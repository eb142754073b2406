package org.maillage.dsl.ide.internal.server;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.maillage.dsl.ide.internal.IdeMessages;

/**
 * The answer to a request that failed: the error a service chose, RequestCancelled for a
 * cancelled one, else InternalError with a one-line message; never a stack trace in the answer.
 */
public final class ResponseErrors implements Function<Throwable, ResponseError> {

    private static final OperationCanceledManager CANCELLED = new OperationCanceledManager();

    private final java.util.function.Supplier<Locale> locale;

    public ResponseErrors(java.util.function.Supplier<Locale> locale) {
        this.locale = locale;
    }

    @Override
    public ResponseError apply(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof java.lang.reflect.InvocationTargetException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ResponseErrorException error) {
            ResponseError answer = error.getResponseError();
            return new ResponseError(answer.getCode(), answer.getMessage(), null);
        }
        if (cause instanceof CancellationException || CANCELLED.isOperationCanceledException(cause)) {
            return new ResponseError(ResponseErrorCode.RequestCancelled, "cancelled", null);
        }
        return new ResponseError(ResponseErrorCode.InternalError,
                IdeMessages.get(locale.get(), "server.internalError", cause.getClass().getSimpleName()), null);
    }
}
