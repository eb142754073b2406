package org.maillage.vcs;

/**
 * One change between two versions, as the diff reports it.
 *
 * @param section what the change is about: an element and its attributes, who does what, or a finding
 * @param kind    added, removed, renamed (identifier changed, title kept) or changed
 * @param type    the metamodel class of the element ({@code Action}, {@code Funding}...); for a role,
 *                {@code Role}; for a finding, its code
 * @param element the element's path of identifiers ({@code PlanLamastre/ConvVelo/funding LEADER}); for
 *                a role, {@code plan/action/function}
 * @param feature the changed feature's name ({@code amount}); for a role, the actor; else {@code null}
 * @param before  the older value ("" when there was none): the title of a removed element, the old
 *                identifier of a renamed one, the roles of the actor (A/R), a finding's message
 * @param after   the newer value, likewise
 * @param quoted  whether the values are free text (shown between quotes)
 */
public record Change(Section section, Kind kind, String type, String element, String feature, String before,
        String after, boolean quoted) {

    public enum Section {
        ELEMENT, ROLE, FINDING
    }

    public enum Kind {
        ADDED, REMOVED, RENAMED, CHANGED
    }
}
