package org.maillage.generator.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.TreeMap;

import org.maillage.generator.GeneratorDescriptor;

/** The generators by id: filled from the extension point, or by plain {@link #register} calls in tests. */
public final class GeneratorRegistry {

    private final TreeMap<String, GeneratorDescriptor> generators = new TreeMap<>();

    /** Adds a generator; false, and nothing changed, when its id is taken. */
    public synchronized boolean register(GeneratorDescriptor descriptor) {
        return generators.putIfAbsent(descriptor.id(), descriptor) == null;
    }

    public synchronized Optional<GeneratorDescriptor> find(String id) {
        return Optional.ofNullable(generators.get(id));
    }

    /** Every generator, sorted by id. */
    public synchronized Collection<GeneratorDescriptor> all() {
        return Collections.unmodifiableCollection(new TreeMap<>(generators).values());
    }
}
