package org.maillage.vcs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.model.coop.CoopFile;
import org.maillage.vcs.internal.ModelPaths;
import org.maillage.vcs.internal.report.ConflictReport;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Reads what a merge left: the {@code .conflicts} JSON written beside a merged file, and where each
 * conflict's element is in the merged text (for markers in the workbench).
 */
public final class ConflictFiles {

    private ConflictFiles() {
    }

    /** The conflicts of a {@code .conflicts} file; those it cannot read are left out. */
    public static List<Conflict> read(String json) {
        List<Conflict> conflicts = new ArrayList<>();
        try {
            JsonElement root = JsonParser.parseString(json);
            if (!root.isJsonObject() || !root.getAsJsonObject().has("conflicts")) {
                return conflicts;
            }
            for (JsonElement each : root.getAsJsonObject().getAsJsonArray("conflicts")) {
                JsonObject object = each.getAsJsonObject();
                Conflict.Kind kind = Conflict.Kind.valueOf(string(object, "kind").toUpperCase(Locale.ROOT).replace('-', '_'));
                conflicts.add(new Conflict(kind, string(object, "element"),
                        object.has("feature") ? string(object, "feature") : null, string(object, "ours"), string(object, "theirs")));
            }
        } catch (RuntimeException notConflicts) {
            // Not a conflicts file of ours (edited by hand, cut): what was read so far.
        }
        return conflicts;
    }

    /**
     * The {@code .conflicts} JSON without {@code resolved} (its first entry equal to it), or null
     * when no conflict is left (the file is then deleted).
     */
    public static String without(String json, Conflict resolved) {
        List<Conflict> left = new ArrayList<>(read(json));
        left.remove(resolved);
        if (left.isEmpty()) {
            return null;
        }
        String file = "";
        try {
            JsonElement root = JsonParser.parseString(json);
            file = string(root.getAsJsonObject(), "file");
        } catch (RuntimeException noName) {
            // read() found none either: nothing is left, handled above.
        }
        return ConflictReport.json(file, left);
    }

    /** The line (1-based) of the element at {@code path} in the text, or of its nearest ancestor there; 1 when none. */
    public static int line(String text, String path, Locale locale) {
        Version version = new VersionLoader(locale).texts("merged", Map.of("merged.coop", text));
        var resource = version.files().get("merged.coop");
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof CoopFile file)) {
            return 1;
        }
        List<String> segments = List.of(path.split("/"));
        for (int n = segments.size(); n > 0; n--) {
            EObject element = ModelPaths.find(file, segments.subList(0, n));
            ICompositeNode node = element == null ? null : NodeModelUtils.getNode(element);
            if (node != null) {
                return node.getStartLine();
            }
        }
        return 1;
    }

    private static String string(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? "" : value.getAsString();
    }
}
