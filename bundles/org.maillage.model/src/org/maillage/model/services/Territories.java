package org.maillage.model.services;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.maillage.model.coop.Territory;

/**
 * How territories relate: nesting through {@code within} (transitive), overlap (symmetric,
 * not transitive), and "meeting" (equal, nested either way, or overlapping), as the rule
 * catalogue defines them. A {@code within} cycle never loops: the walk stops where it started.
 */
public final class Territories {

    private Territories() {
    }

    /** The territories that contain {@code territory}, nearest first, without itself. */
    public static List<Territory> ancestors(Territory territory) {
        List<Territory> result = new ArrayList<>();
        Set<Territory> seen = new LinkedHashSet<>();
        seen.add(territory);
        for (Territory t = territory.getWithin(); t != null && seen.add(t); t = t.getWithin()) {
            result.add(t);
        }
        return result;
    }

    /** Whether {@code inner} lies (transitively) within {@code outer}. */
    public static boolean isWithin(Territory inner, Territory outer) {
        Set<Territory> seen = new HashSet<>();
        seen.add(inner);
        for (Territory t = inner.getWithin(); t != null && seen.add(t); t = t.getWithin()) {
            if (t == outer) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two territories overlap, whichever of them declares it. */
    public static boolean overlap(Territory a, Territory b) {
        return a.getOverlaps().contains(b) || b.getOverlaps().contains(a);
    }

    /** Equal, one within the other, or overlapping. */
    public static boolean meet(Territory a, Territory b) {
        if (a == null || b == null) {
            return false;
        }
        return Objects.equals(a, b) || isWithin(a, b) || isWithin(b, a) || overlap(a, b);
    }

    /**
     * The territories of the {@code within} cycle that {@code territory} is on, or an empty list; in
     * time proportional to the depth. For every territory of a model, use {@link TerritoryNesting}.
     */
    public static List<Territory> cycleThrough(Territory territory) {
        Set<Territory> path = new LinkedHashSet<>();
        for (Territory t = territory; t != null; t = t.getWithin()) {
            if (!path.add(t)) {
                return t == territory ? List.copyOf(path) : List.of();
            }
        }
        return List.of();
    }
}
