package org.maillage.vcs;

/**
 * A change of theirs that the merge did not take: the merged file keeps ours.
 *
 * @param kind    why
 * @param element the element's path of identifiers
 * @param feature the feature both sides changed ({@code null} for a whole element)
 * @param ours    our value (or our element's title), "" when we deleted it
 * @param theirs  their value (or their element's title), "" when they deleted it
 */
public record Conflict(Kind kind, String element, String feature, String ours, String theirs) {

    public enum Kind {
        /** Both sides changed the same feature of the same element to different values. */
        BOTH_CHANGED,
        /** Both sides added an element of the same identity, differently. */
        BOTH_ADDED,
        /** We deleted the element (or its container), they changed it. */
        DELETED_CHANGED,
        /** We changed the element (or something in it), they deleted it. */
        CHANGED_DELETED,
        /** Their change could not be written into our text (a reference to an element we do not have...). */
        NOT_APPLIED
    }
}
