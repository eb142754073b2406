package org.maillage.ui.internal.wizards;

import java.time.Year;

/** The text of a new plan file: one empty plan whose name comes from the file name. */
final class PlanSkeleton {

    private PlanSkeleton() {
    }

    static String text(String fileName, String title) {
        int from = Year.now().getValue();
        return "// " + title + "\n\nplan " + identifier(fileName) + " \"" + title.replace("\\", "\\\\").replace("\"", "\\\"")
                + "\" from " + from + " to " + (from + 5) + " {\n}\n";
    }

    /** A valid .coop name from a file name: letters, digits and '_', starting with a letter. */
    static String identifier(String fileName) {
        String base = fileName.endsWith(".coop") ? fileName.substring(0, fileName.length() - 5) : fileName;
        StringBuilder id = new StringBuilder();
        for (char c : java.text.Normalizer.normalize(base, java.text.Normalizer.Form.NFD).toCharArray()) {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                id.append(c);
            } else if ((c == '-' || c == '_' || c == ' ' || c == '.') && id.length() > 0) {
                id.append('_');
            }
        }
        if (id.length() == 0 || !Character.isLetter(id.charAt(0))) {
            id.insert(0, "plan_");
        }
        return id.toString();
    }
}
