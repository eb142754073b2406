package org.maillage.model.services;

import org.maillage.model.coop.Actor;
import org.maillage.model.coop.ActorKind;
import org.maillage.model.coop.Body;
import org.maillage.model.coop.BodyRole;
import org.maillage.model.coop.Territory;

/** Facts about actors the checks and generators share. */
public final class Actors {

    private Actors() {
    }

    /** Public, state and consular actors are public (they can bring public match funding). */
    public static boolean isPublic(Actor actor) {
        ActorKind kind = actor.getKind();
        return kind == ActorKind.PUBLIC || kind == ActorKind.STATE || kind == ActorKind.CONSULAR;
    }

    /** Whether one of the territories the actor covers meets {@code territory}. */
    public static boolean reaches(Actor actor, Territory territory) {
        return actor.getCovers().stream().anyMatch(covered -> Territories.meet(covered, territory));
    }

    /** The first body of the given role, e.g. who signs, or null. */
    public static String body(Actor actor, BodyRole role) {
        return actor.getBodies().stream().filter(b -> b.getRole() == role).map(Body::getDescription).findFirst()
                .orElse(null);
    }
}
