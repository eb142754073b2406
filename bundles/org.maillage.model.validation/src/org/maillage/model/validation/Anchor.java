package org.maillage.model.validation;

/** Which part of its target element a finding is reported on. */
public enum Anchor {
    /** The whole element, e.g. an entry or a funding line. */
    ELEMENT,
    /** The element's name, e.g. an action's or an actor's. */
    NAME,
    /** A convention's header: from its keyword to its opening brace. */
    HEADER
}
