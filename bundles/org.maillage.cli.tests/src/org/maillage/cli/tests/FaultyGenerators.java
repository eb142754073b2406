package org.maillage.cli.tests;

import org.maillage.generator.GenerationContext;
import org.maillage.generator.IGenerator;

/** Generators that misbehave, contributed by this test fragment. */
public final class FaultyGenerators {

    private FaultyGenerators() {
    }

    /** Writes a file, then fails: the file must never appear. */
    public static class Throwing implements IGenerator {
        @Override
        public void generate(GenerationContext context) throws Exception {
            context.sink().writeText("half.txt", "half written");
            throw new IllegalStateException("disk on fire");
        }
    }

    /** Tries to write beside its output folder. */
    public static class Escaping implements IGenerator {
        @Override
        public void generate(GenerationContext context) throws Exception {
            context.sink().writeText("ok.txt", "fine");
            context.sink().writeText("../evil.txt", "outside");
        }
    }
}
