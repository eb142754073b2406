package org.maillage.benchmarks;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;

/**
 * A plan whose who-does-what diagram has about {@code nodes} nodes: a tenth actors, a tenth
 * actions, the rest functions in actions (eight per action), each given four roles but one in four
 * three: 1,000 nodes and 3,000 role links for {@code nodes = 1000}.
 */
final class WhoDoesWhatPlans {
    private static final String[] FUNCTIONS = { "Decision", "Pilotage", "MaitriseOuvrage", "Realisation", "Expertise",
        "Animation", "Financement", "Communication" };
    private static final String[] ROLES = { "A/R", "C", "S", "I" };

    private WhoDoesWhatPlans() {
    }

    static String text(int nodes) {
        int actors = Math.max(3, nodes / 10);
        int actions = Math.max(1, nodes / 10);
        StringBuilder out = new StringBuilder("territory T \"Territoire\" kind area\n");
        for (int a = 0; a < actors; a++) {
            out.append("actor A").append(a).append(" \"Acteur ").append(a).append(" du territoire\" public covers T\n");
        }
        for (String f : FUNCTIONS) {
            out.append("function ").append(f).append(" \"").append(f).append("\"\n");
        }
        out.append("plan P \"Plan de mesure\" from 2025 to 2027 {\n    partners A0\n");
        for (int i = 0; i < actions; i++) {
            out.append("    action X").append(i).append(" \"Action ").append(i).append("\" {\n");
            for (int f = 0; f < FUNCTIONS.length; f++) {
                out.append("        ").append(FUNCTIONS[f]).append(": ");
                int roles = (i + f) % 4 == 0 ? 3 : 4;
                for (int r = 0; r < roles; r++) {
                    out.append(r == 0 ? "" : ", ").append(ROLES[r]).append(" A").append((i * 7 + f * 3 + r * 11) % actors);
                }
                out.append('\n');
            }
            out.append("    }\n");
        }
        return out.append("}\n").toString();
    }

    static long count(GModelElement element, boolean edges) {
        long own = edges ? (element instanceof GEdge ? 1 : 0) : (element instanceof GNode ? 1 : 0);
        return own + element.getChildren().stream().mapToLong(c -> count(c, edges)).sum();
    }
}
