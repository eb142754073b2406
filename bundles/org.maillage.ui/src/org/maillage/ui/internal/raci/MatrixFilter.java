package org.maillage.ui.internal.raci;

/**
 * Which function lines the matrix shows: those where an actor holds a role, of an action with a
 * theme (compared as the rules compare themes: trimmed, ignoring case) or on a territory, of a
 * level (political or technical), or with findings. A null criterion accepts every line.
 */
record MatrixFilter(String actor, String theme, String territory, String level, boolean findingsOnly) {

    static final MatrixFilter NONE = new MatrixFilter(null, null, null, null, false);

    boolean isEmpty() {
        return actor == null && theme == null && territory == null && level == null && !findingsOnly;
    }

    boolean accepts(RaciGrid.Line line, int actorColumn) {
        if (actor != null && (actorColumn < 0 || line.cells().get(actorColumn).isEmpty())) {
            return false;
        }
        if (theme != null && (line.theme() == null || !line.theme().strip().equalsIgnoreCase(theme.strip()))) {
            return false;
        }
        if (territory != null && !territory.equals(line.territory())) {
            return false;
        }
        if (level != null && !level.equals(line.level())) {
            return false;
        }
        return !findingsOnly || !line.findings().isEmpty();
    }

    MatrixFilter withActor(String value) {
        return new MatrixFilter(value, theme, territory, level, findingsOnly);
    }

    MatrixFilter withTheme(String value) {
        return new MatrixFilter(actor, value, territory, level, findingsOnly);
    }

    MatrixFilter withTerritory(String value) {
        return new MatrixFilter(actor, theme, value, level, findingsOnly);
    }

    MatrixFilter withLevel(String value) {
        return new MatrixFilter(actor, theme, territory, value, findingsOnly);
    }

    MatrixFilter withFindingsOnly(boolean value) {
        return new MatrixFilter(actor, theme, territory, level, value);
    }
}
