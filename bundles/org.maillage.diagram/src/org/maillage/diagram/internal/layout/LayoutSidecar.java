package org.maillage.diagram.internal.layout;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.maillage.generator.AtomicFiles;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * The positions and sizes the user gave to diagram elements, kept beside a {@code .coop} file in
 * {@code <file>.coop.layout} (JSON, sorted keys, so that it diffs well), never in the text: per
 * diagram ({@code map/PlanLamastre}), per element id, {@code [x, y, width, height]} relative to
 * the element's container (a width and height of 0: the size the text gives). Written atomically. A file that cannot be read is reported and
 * treated as empty; it is replaced only when the user moves something again.
 */
public final class LayoutSidecar {
    public static final String SUFFIX = ".layout";
    private static final int VERSION = 1;
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private final Path file;
    private final Map<String, Map<String, double[]>> diagrams;
    private final String problem;

    private LayoutSidecar(Path file, Map<String, Map<String, double[]>> diagrams, String problem) {
        this.file = file;
        this.diagrams = diagrams;
        this.problem = problem;
    }

    /** The sidecar of a {@code .coop} file; empty when there is none yet. */
    public static LayoutSidecar of(Path coopFile) {
        Path file = coopFile.resolveSibling(coopFile.getFileName() + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return new LayoutSidecar(file, new TreeMap<>(), null);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Stored stored = GSON.fromJson(reader, Stored.class);
            if (stored == null || stored.version != VERSION || stored.diagrams == null) {
                return new LayoutSidecar(file, new TreeMap<>(), file + ": not a layout file of version " + VERSION);
            }
            Map<String, Map<String, double[]>> diagrams = new TreeMap<>();
            stored.diagrams.forEach((key, elements) -> {
                Map<String, double[]> valid = new TreeMap<>();
                elements.forEach((id, b) -> {
                    if (b != null && b.length == 4) {
                        valid.put(id, b);
                    }
                });
                diagrams.put(key, valid);
            });
            return new LayoutSidecar(file, diagrams, null);
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return new LayoutSidecar(file, new TreeMap<>(), file + ": " + e.getMessage());
        }
    }

    public static String key(String diagramSuffix, String planName) {
        return diagramSuffix + "/" + planName;
    }

    public Path file() {
        return file;
    }

    /** Why the file was ignored, if it was. */
    public java.util.Optional<String> problem() {
        return java.util.Optional.ofNullable(problem);
    }

    public Map<String, double[]> bounds(String diagramKey) {
        return diagrams.getOrDefault(diagramKey, Map.of());
    }

    public void put(String diagramKey, String elementId, double x, double y, double width, double height) {
        diagrams.computeIfAbsent(diagramKey, k -> new TreeMap<>()).put(elementId, new double[] {round(x), round(y),
                round(width), round(height)});
    }

    /** Forgets the user's positions of one diagram (automatic layout asked for). */
    public void clear(String diagramKey) {
        diagrams.remove(diagramKey);
    }

    public void write() throws IOException {
        Stored stored = new Stored();
        stored.version = VERSION;
        stored.diagrams = diagrams;
        AtomicFiles.rewrite(file, (GSON.toJson(stored) + "\n").getBytes(StandardCharsets.UTF_8), null);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** The file's JSON form. */
    private static final class Stored {
        int version;
        Map<String, Map<String, double[]>> diagrams;
    }

}
