package org.maillage.generator.template.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts the thread that started it once a time bound has passed, unless closed first. A
 * template is filled with FreeMarker's interruption checks in its loops, so the interrupt stops
 * it. Closing never leaves the interrupt flag set on the thread: a deadline that fired while the
 * work was finishing is cleared, so later I/O of that thread is not disturbed.
 */
public final class Deadline implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "maillage-template-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final Thread owner;
    private final ScheduledFuture<?> alarm;
    private boolean closed;
    private boolean expired;

    private Deadline(Thread owner, Duration bound) {
        this.owner = owner;
        this.alarm = TIMER.schedule(this::expire, bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A deadline {@code bound} from now for the calling thread. */
    public static Deadline start(Duration bound) {
        return new Deadline(Thread.currentThread(), bound);
    }

    private synchronized void expire() {
        if (!closed) {
            expired = true;
            owner.interrupt();
        }
    }

    /** Whether the bound passed before the work ended. */
    public synchronized boolean expired() {
        return expired;
    }

    @Override
    public synchronized void close() {
        closed = true;
        alarm.cancel(false);
        if (expired) {
            Thread.interrupted();
        }
    }
}
