package org.maillage.model.validation.internal;

import java.util.EnumSet;
import java.util.Set;

import org.maillage.model.coop.Actor;
import org.maillage.model.coop.LegalForm;

/** Groups of legal forms the rules of 1.1 speak of (DESIGN.md, "The .coop language 1.1"). */
final class LegalForms {

    /** Local authorities and their groupings. */
    static final Set<LegalForm> LOCAL_AUTHORITIES = EnumSet.of(LegalForm.MUNICIPALITY, LegalForm.EPCI,
            LegalForm.SYNDICATE, LegalForm.WIDESYNDICATE, LegalForm.DEPARTMENT, LegalForm.REGION);

    /** Who may delegate or receive a competence (CGCT L1111-8): collectivités and EPCI à fiscalité propre. */
    static final Set<LegalForm> DELEGATING = EnumSet.of(LegalForm.MUNICIPALITY, LegalForm.EPCI,
            LegalForm.DEPARTMENT, LegalForm.REGION);

    private LegalForms() {
    }

    /** Whether the actor's form is declared and among {@code forms}. */
    static boolean in(Actor actor, Set<LegalForm> forms) {
        return actor != null && !actor.eIsProxy() && actor.isSetForm() && forms.contains(actor.getForm());
    }

    /** Whether the actor's form is declared and not among {@code forms}. */
    static boolean outside(Actor actor, Set<LegalForm> forms) {
        return actor != null && !actor.eIsProxy() && actor.isSetForm() && !forms.contains(actor.getForm());
    }
}
