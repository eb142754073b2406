package org.maillage.diagram;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The listeners of a {@link CoopDocument}, for its implementations: added, removed and told from any thread. */
public final class DocumentListeners {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void add(Runnable listener) {
        listeners.add(listener);
    }

    public void remove(Runnable listener) {
        listeners.remove(listener);
    }

    /** Tells every listener that the text changed. */
    public void changed() {
        listeners.forEach(Runnable::run);
    }
}
