package org.maillage.generator.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.GeneratorDescriptor;
import org.maillage.generator.GeneratorOptions;
import org.maillage.generator.InputRefusedException;
import org.maillage.generator.WriteException;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.services.Localization;

/**
 * Runs one generator: creates it, gives it a staged sink, and commits its files only when it
 * returned normally, in time, and was not cancelled. Whatever it throws is caught and reported,
 * and one that does not return within the time bound is cancelled, then abandoned, so that a
 * faulty plug-in never stops the others, never hangs the caller, nor leaves a half-written file.
 */
public final class GenerationRunner {

    /** How long a generator may run, unless the system property says otherwise (seconds). */
    public static final Duration DEFAULT_BOUND = Duration.ofSeconds(Long.getLong("maillage.generator.timeout", 600));

    /** How long a generator asked to stop has to return before it is abandoned. */
    private static final Duration GRACE = Duration.ofSeconds(2);

    /**
     * The outcome of one generator: the files written, or why nothing was; {@code refused} when
     * the failure is the user's input refused by the generator ({@link InputRefusedException}).
     */
    public record Result(String generator, List<Path> written, String failure, boolean cancelled, boolean refused,
            List<String> notices) {

        public Result {
            notices = List.copyOf(notices);
        }

        public Result(String generator, List<Path> written, String failure, boolean cancelled, boolean refused) {
            this(generator, written, failure, cancelled, refused, List.of());
        }

        public boolean succeeded() {
            return failure == null && !cancelled;
        }
    }

    /** Asked, before anything is committed, whether files that exist may be replaced. */
    @FunctionalInterface
    public interface ReplacePolicy {

        ReplacePolicy NEVER = existing -> false;
        ReplacePolicy ALWAYS = existing -> true;

        boolean mayReplace(List<Path> existing);
    }

    private final Duration bound;

    public GenerationRunner() {
        this(DEFAULT_BOUND);
    }

    public GenerationRunner(Duration bound) {
        this.bound = bound;
    }

    public Result run(GeneratorDescriptor descriptor, List<CoopFile> model, GeneratorOptions options, Path folder,
            boolean replace, IProgressMonitor monitor) {
        return run(descriptor, model, options, folder, replace ? ReplacePolicy.ALWAYS : ReplacePolicy.NEVER, monitor);
    }

    /**
     * Runs a generator; when some of its files exist, the policy decides: declining commits
     * nothing and counts as a cancel.
     */
    public Result run(GeneratorDescriptor descriptor, List<CoopFile> model, GeneratorOptions options, Path folder,
            ReplacePolicy policy, IProgressMonitor monitor) {
        TimedMonitor timed = new TimedMonitor(monitor);
        try (StagedOutputSink sink = new StagedOutputSink(folder, policy != ReplacePolicy.NEVER)) {
            Throwable thrown = runBounded(descriptor, new GenerationContext(model, options, sink, timed), timed);
            if (timed.timedOut) {
                return new Result(descriptor.id(), List.of(), Localization.format(
                        "org.maillage.generator.internal.messages", GenerationRunner.class.getClassLoader(),
                        locale(options), "timeout", bound.toSeconds()),
                        false, false);
            }
            if (thrown instanceof OperationCanceledException || monitor.isCanceled()) {
                return new Result(descriptor.id(), List.of(), null, true, false);
            }
            if (thrown != null) {
                return new Result(descriptor.id(), List.of(), reason(thrown, locale(options)), false,
                        thrown instanceof InputRefusedException);
            }
            if (policy == ReplacePolicy.NEVER) {
                return new Result(descriptor.id(), sink.commit(), null, false, false, sink.notices());
            }
            List<Path> existing = sink.existing();
            if (policy != ReplacePolicy.ALWAYS && !existing.isEmpty() && !policy.mayReplace(existing)) {
                return new Result(descriptor.id(), List.of(), null, true, false);
            }
            return new Result(descriptor.id(), sink.commit(), null, false, false, sink.notices());
        } catch (Exception | LinkageError e) {
            return new Result(descriptor.id(), List.of(), reason(e, locale(options)), false, false);
        }
    }

    private static Locale locale(GeneratorOptions options) {
        return options.locale() == null ? Locale.FRENCH : options.locale();
    }

    /** Why a run failed, in one line: a failed write names its file and the reason in the run's language. */
    private static String reason(Throwable thrown, Locale locale) {
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < 20; depth++, cause = cause.getCause()) {
            if (cause instanceof WriteException failed) {
                return failed.message(locale, failed.path().toString());
            }
        }
        return thrown.getMessage() == null ? thrown.getClass().getName() : thrown.getMessage();
    }

    /**
     * Runs the generator on a thread of its own and waits at most the bound; past it, asks it to
     * stop and waits a little more. Returns what it threw, or null.
     */
    private Throwable runBounded(GeneratorDescriptor descriptor, GenerationContext context, TimedMonitor timed) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            try {
                descriptor.create().generate(context);
                done.complete(null);
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        }, "maillage-generator-" + descriptor.id());
        worker.setDaemon(true);
        worker.start();
        try {
            done.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            timed.timedOut = true;
            // Code that checks for interruption (a template being filled does) stops at once.
            worker.interrupt();
            try {
                done.get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException stillRunning) {
                // abandoned: it writes into a sink that is closed below
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            timed.timedOut = true;
            return null;
        }
    }

    /** The caller's monitor, which also reads as cancelled once the generator ran out of time. */
    private static final class TimedMonitor extends ProgressMonitorWrapper {

        private volatile boolean timedOut;

        TimedMonitor(IProgressMonitor monitor) {
            super(monitor);
        }

        @Override
        public boolean isCanceled() {
            return timedOut || super.isCanceled();
        }
    }
}
