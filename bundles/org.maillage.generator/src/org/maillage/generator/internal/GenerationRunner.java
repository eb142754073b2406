package org.maillage.generator.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.GeneratorDescriptor;
import org.maillage.generator.GeneratorOptions;
import org.maillage.model.coop.CoopFile;

/**
 * Runs one generator: creates it, gives it a staged sink, and commits its files only when it
 * returned normally and was not cancelled. Whatever it throws is caught and reported, so that a
 * faulty plug-in never stops the others nor leaves a half-written file.
 */
public final class GenerationRunner {

    /** The outcome of one generator: the files written, or why nothing was. */
    public record Result(String generator, List<Path> written, String failure, boolean cancelled) {

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
        try (StagedOutputSink sink = new StagedOutputSink(folder, policy != ReplacePolicy.NEVER)) {
            descriptor.create().generate(new GenerationContext(model, options, sink, monitor));
            if (monitor.isCanceled()) {
                return new Result(descriptor.id(), List.of(), null, true);
            }
            if (policy == ReplacePolicy.NEVER) {
                return new Result(descriptor.id(), sink.commit(), null, false);
            }
            List<Path> existing = sink.existing();
            if (policy != ReplacePolicy.ALWAYS && !existing.isEmpty() && !policy.mayReplace(existing)) {
                return new Result(descriptor.id(), List.of(), null, true);
            }
            return new Result(descriptor.id(), sink.commit(), null, false);
        } catch (OperationCanceledException e) {
            return new Result(descriptor.id(), List.of(), null, true);
        } catch (Exception | LinkageError | StackOverflowError e) {
            String reason = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            return new Result(descriptor.id(), List.of(), reason, false);
        }
    }
}
