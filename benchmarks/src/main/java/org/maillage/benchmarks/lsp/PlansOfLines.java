package org.maillage.benchmarks.lsp;

import org.maillage.dsl.samples.PlanGenerator;

/**
 * Generated plans of about a given number of lines: the L model of {@link PlanGenerator} (seed 1, about
 * 47,000 lines) cut after the last action or convention that fits, so that every size is valid text with the
 * same referentiel (territories, actors, functions).
 */
final class PlansOfLines {

    private PlansOfLines() {
    }

    /**
     * The model cut to at most {@code lines} lines: after the last action or convention that fits, the plan
     * being written then closed (its later actions and conventions left out).
     */
    static String cut(String model, int lines) {
        int end = 0;
        boolean inPlan = false;
        boolean cutInPlan = false;
        int line = 0;
        for (int at = 0; at < model.length() && line < lines; line++) {
            int next = model.indexOf('\n', at) + 1;
            if (next == 0) {
                next = model.length();
            }
            String text = model.substring(at, next);
            if (text.startsWith("plan ")) {
                inPlan = true;
            } else if (inPlan && text.equals("}\n")) {
                inPlan = false;
                end = next;
                cutInPlan = false;
            } else if (inPlan && text.equals("    }\n") && line < lines - 1) {
                end = next;
                cutInPlan = true;
            } else if (!inPlan && text.isBlank()) {
                end = next;
                cutInPlan = false;
            }
            at = next;
        }
        if (line < lines && !inPlan) {
            return model;
        }
        return model.substring(0, end) + (cutInPlan ? "}\n" : "");
    }

    /** The L model of seed 1, language 1.1. */
    static String largeModel() {
        return new PlanGenerator(1, PlanGenerator.Size.L).generate();
    }

    static int lineCount(String text, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The same text with every line's indentation removed: what the formatter has the most to do on. */
    static String deindented(String text) {
        return text.replaceAll("(?m)^[ \\t]+", "");
    }
}
