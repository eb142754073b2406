package org.maillage.vcs.internal.report;

import java.util.List;
import java.util.Locale;

import org.maillage.vcs.Change;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The diff as JSON: {@code {"before": LABEL, "after": LABEL, "changes": [...]}}, each change with
 * {@code section} (element, role, finding), {@code kind} (added, removed, renamed, changed),
 * {@code type}, {@code element}, {@code feature} when there is one, {@code before}, {@code after}
 * (see {@link Change}); identifiers and values are language-neutral, as in the files.
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static String write(String before, String after, List<Change> changes) {
        JsonObject root = new JsonObject();
        root.addProperty("before", before);
        root.addProperty("after", after);
        JsonArray array = new JsonArray();
        for (Change change : changes) {
            JsonObject object = new JsonObject();
            object.addProperty("section", change.section().name().toLowerCase(Locale.ROOT));
            object.addProperty("kind", change.kind().name().toLowerCase(Locale.ROOT));
            object.addProperty("type", change.type());
            object.addProperty("element", change.element());
            if (change.feature() != null) {
                object.addProperty(change.section() == Change.Section.ROLE ? "actor" : "feature", change.feature());
            }
            object.addProperty("before", change.before());
            object.addProperty("after", change.after());
            array.add(object);
        }
        root.add("changes", array);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }
}
