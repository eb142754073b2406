package org.maillage.generator;

/**
 * Turns a cooperation model into files. Contributed through the extension point
 * {@code org.maillage.generator.generators}; one instance serves one run.
 */
public interface IGenerator {

    /**
     * Writes the files of the formats asked for in {@code context.options()} through
     * {@code context.sink()}. Throwing, or returning after the monitor was cancelled, discards
     * everything written.
     */
    void generate(GenerationContext context) throws Exception;
}
