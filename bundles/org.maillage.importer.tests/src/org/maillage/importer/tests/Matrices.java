package org.maillage.importer.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.maillage.dsl.ide.CoopIdeSetup;
import org.maillage.dsl.load.CoopModel;
import org.maillage.dsl.load.CoopModelLoader;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.GeneratorOptions;
import org.maillage.generator.raci.internal.RaciGenerator;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.coop.Plan;
import org.maillage.model.services.Raci;
import org.maillage.model.services.RaciMatrix;
import org.maillage.vcs.VersionLoader;

/** Models, their RACI spreadsheets from the real generator, and their roles as comparable lines. */
final class Matrices {

    private Matrices() {
    }

    static CoopModel load(Path path) throws Exception {
        return CoopIdeSetup.shared().getInstance(CoopModelLoader.class).load(List.of(path));
    }

    /** A model of one text, read from a file written in {@code folder}. */
    static CoopModel load(Path folder, String text) throws Exception {
        Path file = folder.resolve("model.coop");
        Files.writeString(file, text);
        return load(file);
    }

    static List<CoopFile> parse(String text) {
        return new VersionLoader(Locale.FRENCH).texts("imported", Map.of("imported.coop", text)).coopFiles();
    }

    /** The RACI generator's files (name → bytes) for the model, in the given formats. */
    static Map<String, byte[]> raci(List<CoopFile> model, String... formats) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        new RaciGenerator().generate(new GenerationContext(model,
                new GeneratorOptions(List.of(formats), Locale.FRENCH, Optional.empty()), files::put,
                new NullProgressMonitor()));
        return files;
    }

    static List<Plan> plans(List<CoopFile> files) {
        List<Plan> plans = new ArrayList<>();
        files.forEach(f -> f.getPlans().forEach(plans::add));
        return plans;
    }

    /**
     * The roles of a plan, one line per (action, function, actor): the action's number among the
     * plan's actions that hold roles, and titles or identifiers.
     */
    static List<String> roles(Plan plan, boolean ids) {
        List<String> lines = new ArrayList<>();
        Action previous = null;
        int group = -1;
        RaciMatrix matrix = RaciMatrix.of(plan);
        for (RaciMatrix.Row row : matrix.rows()) {
            if (row.action() != previous) {
                group++;
                previous = row.action();
            }
            for (Actor actor : matrix.actors()) {
                if (!row.roles(actor).isEmpty()) {
                    lines.add(group + " " + name(row.action(), ids) + " / " + name(row.function(), ids) + " / "
                            + name(actor, ids) + ": " + Raci.cell(row.roles(actor)));
                }
            }
        }
        return lines;
    }

    private static String name(NamedElement element, boolean ids) {
        return ids ? element.getName() : element.getTitle();
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
    }
}
