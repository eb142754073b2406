package org.maillage.model.validation.internal;

/** One or a few related codes of the rule catalogue. */
public interface Rule {

    void check(ModelIndex model, FindingSink sink);
}
