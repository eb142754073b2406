package org.maillage.generator;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Plan;

/**
 * What a generator receives: the model (all its files, loaded, linked and validated; read it,
 * never change it), the user's options, the only place it may write, and a monitor for progress
 * and cancellation.
 */
public record GenerationContext(List<CoopFile> model, GeneratorOptions options, OutputSink sink,
        IProgressMonitor monitor) {

    public GenerationContext {
        model = List.copyOf(model);
    }

    /** The plans of the model, in file order. */
    public List<Plan> plans() {
        return model.stream().flatMap(f -> f.getPlans().stream()).toList();
    }
}
