package org.maillage.model.services;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.model.coop.Territory;

/**
 * The {@code within} relation of a set of territories, computed once in time linear in their
 * number, so that {@link #cycleThrough}, {@link #isWithin} and {@link #meet} answer in constant
 * time (what {@link Territories} answers by walking, in time proportional to the depth).
 * <p>
 * Each territory has at most one {@code within}, so the relation is a forest whose roots are
 * either territories within nothing or {@code within} cycles: a territory lies within every
 * territory on its path to the root, and within every territory of the cycle its path ends on.
 * A pre-order numbering of the forest answers "on the path" by comparing two intervals.
 */
public final class TerritoryNesting {

    private final Map<Territory, Integer> ids = new IdentityHashMap<>();
    private final List<Territory> nodes = new ArrayList<>();
    private int[] parent;
    /** The cycle each node is on (index in {@link #cycles}), or -1. */
    private int[] cycleOf;
    /** The position of each node on its cycle. */
    private int[] positionOnCycle;
    private final List<Territory[]> cycles = new ArrayList<>();
    /** The root of each node's tree (a node within nothing, or a node on a cycle). */
    private int[] root;
    /** Pre-order number of each node, and the last pre-order number of its subtree. */
    private int[] first;
    private int[] last;
    /** The nodes in pre-order. */
    private int[] preorder;
    private final Map<Territory, List<Territory>> overlappedBy = new IdentityHashMap<>();

    private TerritoryNesting() {
    }

    /** The nesting of {@code territories} and of every territory they lie within. */
    public static TerritoryNesting of(Collection<? extends Territory> territories) {
        TerritoryNesting nesting = new TerritoryNesting();
        for (Territory territory : territories) {
            for (Territory t = territory; t != null && !nesting.ids.containsKey(t); t = t.getWithin()) {
                nesting.ids.put(t, nesting.nodes.size());
                nesting.nodes.add(t);
            }
        }
        nesting.link();
        nesting.findCycles();
        nesting.number();
        for (Territory territory : nesting.nodes) {
            for (Territory other : territory.getOverlaps()) {
                nesting.overlappedBy.computeIfAbsent(other, o -> new ArrayList<>()).add(territory);
            }
        }
        return nesting;
    }

    /**
     * The territories of the {@code within} cycle {@code territory} is on, starting with it and in
     * the order {@code within} goes, or an empty list (as {@link Territories#cycleThrough}).
     */
    public List<Territory> cycleThrough(Territory territory) {
        Integer id = ids.get(territory);
        if (id == null) {
            return Territories.cycleThrough(territory);
        }
        if (cycleOf[id] < 0) {
            return List.of();
        }
        Territory[] cycle = cycles.get(cycleOf[id]);
        int start = positionOnCycle[id];
        return new AbstractList<>() {
            @Override
            public Territory get(int index) {
                return cycle[(start + index) % cycle.length];
            }

            @Override
            public int size() {
                return cycle.length;
            }
        };
    }

    /** Whether {@code inner} lies (transitively) within {@code outer}, as {@link Territories#isWithin}. */
    public boolean isWithin(Territory inner, Territory outer) {
        Integer a = ids.get(inner);
        Integer b = ids.get(outer);
        if (a == null || b == null) {
            return inner != null && outer != null && Territories.isWithin(inner, outer);
        }
        if (a.intValue() == b.intValue()) {
            return false;
        }
        if (first[b] <= first[a] && last[a] <= last[b]) {
            return true;
        }
        int cycle = cycleOf[root[a]];
        return cycle >= 0 && cycleOf[b] == cycle;
    }

    /** Equal, one within the other, or overlapping, as {@link Territories#meet}. */
    public boolean meet(Territory a, Territory b) {
        if (a == null || b == null) {
            return false;
        }
        return a == b || isWithin(a, b) || isWithin(b, a) || Territories.overlap(a, b);
    }

    /**
     * The territories that meet {@code territory}, itself included: those it lies within, those
     * within it and those overlapping it, in time proportional to their number. Complete among the
     * territories this nesting was made of (it may name others, those they lie within).
     */
    public Set<Territory> meeting(Territory territory) {
        Integer id = ids.get(territory);
        Set<Territory> result = new LinkedHashSet<>();
        result.add(territory);
        result.addAll(Territories.ancestors(territory));
        if (id != null) {
            if (cycleOf[id] >= 0) {
                for (Territory onCycle : cycles.get(cycleOf[id])) {
                    addSubtree(ids.get(onCycle), result);
                }
            } else {
                addSubtree(id, result);
            }
        }
        result.addAll(territory.getOverlaps());
        result.addAll(overlappedBy.getOrDefault(territory, List.of()));
        return result;
    }

    private void addSubtree(int id, Set<Territory> result) {
        for (int i = first[id]; i <= last[id]; i++) {
            result.add(nodes.get(preorder[i]));
        }
    }

    private void link() {
        parent = new int[nodes.size()];
        for (int i = 0; i < parent.length; i++) {
            Territory within = nodes.get(i).getWithin();
            parent[i] = within == null ? -1 : ids.get(within);
        }
    }

    /** Walks from every node not yet seen until the walk ends, meets an earlier walk or closes a cycle. */
    private void findCycles() {
        int n = parent.length;
        cycleOf = new int[n];
        positionOnCycle = new int[n];
        Arrays.fill(cycleOf, -1);
        int[] walk = new int[n];
        int[] seenInWalk = new int[n];
        Arrays.fill(seenInWalk, -1);
        for (int start = 0; start < n; start++) {
            if (seenInWalk[start] >= 0) {
                continue;
            }
            int length = 0;
            int node = start;
            while (node >= 0 && seenInWalk[node] < 0) {
                seenInWalk[node] = start;
                walk[length++] = node;
                node = parent[node];
            }
            if (node >= 0 && seenInWalk[node] == start) {
                int from = length - 1;
                while (walk[from] != node) {
                    from--;
                }
                Territory[] cycle = new Territory[length - from];
                for (int k = from; k < length; k++) {
                    cycle[k - from] = nodes.get(walk[k]);
                    cycleOf[walk[k]] = cycles.size();
                    positionOnCycle[walk[k]] = k - from;
                }
                cycles.add(cycle);
            }
        }
    }

    /** Numbers the forest in pre-order without recursion (chains may be as deep as the model is large). */
    private void number() {
        int n = parent.length;
        int[] childCount = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (!isRoot(i)) {
                childCount[parent[i]]++;
            }
        }
        int[] childStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            childStart[i + 1] = childStart[i] + childCount[i];
        }
        int[] children = new int[n];
        int[] filled = Arrays.copyOf(childStart, n);
        for (int i = 0; i < n; i++) {
            if (!isRoot(i)) {
                children[filled[parent[i]]++] = i;
            }
        }
        root = new int[n];
        first = new int[n];
        last = new int[n];
        preorder = new int[n];
        int[] stack = new int[n];
        int[] next = new int[n];
        int counter = 0;
        for (int r = 0; r < n; r++) {
            if (!isRoot(r)) {
                continue;
            }
            int depth = 0;
            stack[depth++] = r;
            root[r] = r;
            first[r] = counter;
            preorder[counter++] = r;
            next[r] = childStart[r];
            while (depth > 0) {
                int node = stack[depth - 1];
                if (next[node] < childStart[node + 1]) {
                    int child = children[next[node]++];
                    root[child] = r;
                    first[child] = counter;
                    preorder[counter++] = child;
                    next[child] = childStart[child];
                    stack[depth++] = child;
                } else {
                    last[node] = counter - 1;
                    depth--;
                }
            }
        }
    }

    private boolean isRoot(int node) {
        return parent[node] < 0 || cycleOf[node] >= 0;
    }
}
