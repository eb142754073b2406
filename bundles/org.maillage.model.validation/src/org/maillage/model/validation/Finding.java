package org.maillage.model.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

/**
 * One result of the rule catalogue: a code of DESIGN.md, its severity, the element it is reported
 * on, and a message and a hint already in the language the catalogue was asked for.
 */
public record Finding(String code, Severity severity, EObject target, Anchor anchor, String message, String hint) {

    public Finding {
        Objects.requireNonNull(code);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(target);
        Objects.requireNonNull(anchor);
        Objects.requireNonNull(message);
    }
}
