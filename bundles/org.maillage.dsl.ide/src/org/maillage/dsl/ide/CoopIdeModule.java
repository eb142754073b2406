package org.maillage.dsl.ide;

/** Guice bindings of the .coop language's IDE services; the generated defaults serve for now. */
public class CoopIdeModule extends AbstractCoopIdeModule {
}
