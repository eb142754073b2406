package org.maillage.vcs.internal.report;

import java.util.List;
import java.util.Locale;

import org.maillage.vcs.Conflict;
import org.maillage.vcs.internal.VcsMessages;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A merge's conflicts: one line each for people, and the {@code .conflicts} JSON for tools (the
 * workbench's markers): {@code {"file": PATH, "conflicts": [{"kind", "element", "feature", "ours",
 * "theirs"}]}}, kind one of both-changed, both-added, deleted-changed, changed-deleted, not-applied.
 */
public final class ConflictReport {

    private ConflictReport() {
    }

    public static String line(Conflict conflict, Locale locale) {
        String key = "merge.conflict." + conflict.kind().name()
                + (conflict.kind() == Conflict.Kind.NOT_APPLIED && conflict.feature() == null ? ".element" : "");
        return VcsMessages.get(locale, key, conflict.element(),
                conflict.feature() == null ? "" : conflict.feature(), TextReport.value(conflict.ours(), false, locale),
                TextReport.value(conflict.theirs(), false, locale));
    }

    public static String json(String file, List<Conflict> conflicts) {
        JsonObject root = new JsonObject();
        root.addProperty("file", file);
        JsonArray array = new JsonArray();
        for (Conflict conflict : conflicts) {
            JsonObject object = new JsonObject();
            object.addProperty("kind", conflict.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            object.addProperty("element", conflict.element());
            if (conflict.feature() != null) {
                object.addProperty("feature", conflict.feature());
            }
            object.addProperty("ours", conflict.ours());
            object.addProperty("theirs", conflict.theirs());
            array.add(object);
        }
        root.add("conflicts", array);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }
}
