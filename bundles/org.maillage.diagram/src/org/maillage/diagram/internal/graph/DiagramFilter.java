package org.maillage.diagram.internal.graph;

import java.util.Optional;

import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;

/**
 * A part of a who-does-what diagram: one action ({@code action:Velo}), one actor's roles
 * ({@code actor:CCPL}) or the actions of one theme ({@code theme:Mobilité}). The way to see a plan
 * whose whole diagram is too large to draw.
 */
public record DiagramFilter(Kind kind, String value) {

    public enum Kind {
        ACTION, ACTOR, THEME
    }

    /** The filter a text names, or none for a blank or unknown text (the whole diagram). */
    public static Optional<DiagramFilter> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return Optional.empty();
        }
        String value = text.substring(colon + 1).strip();
        return switch (text.substring(0, colon).strip()) {
            case "action" -> Optional.of(new DiagramFilter(Kind.ACTION, value));
            case "actor" -> Optional.of(new DiagramFilter(Kind.ACTOR, value));
            case "theme" -> Optional.of(new DiagramFilter(Kind.THEME, value));
            default -> Optional.empty();
        };
    }

    /** Whether the action is shown (for an actor's filter: when the actor has a role in it). */
    boolean keeps(Action action) {
        return switch (kind) {
            case ACTION -> value.equals(action.getName());
            case THEME -> value.equals(action.getTheme());
            case ACTOR -> true;
        };
    }

    boolean keeps(Actor actor) {
        return kind != Kind.ACTOR || value.equals(actor.getName());
    }

    public String text() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + value;
    }
}
