package org.maillage.vcs;

import java.util.List;

/**
 * A merged file: its text, which always parses, and the conflicts left (ours kept for each).
 *
 * @param text      the merged text
 * @param conflicts the changes of theirs not taken, in the order of their file
 */
public record MergeResult(String text, List<Conflict> conflicts) {

    public MergeResult {
        conflicts = List.copyOf(conflicts);
    }
}
