package org.maillage.benchmarks.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maillage.dsl.samples.PlanGenerator;

/**
 * Writes a model of many files for measuring {@code maillage validate} as a whole process: the referentiel of
 * the generated M model (territories, actors, functions, objectives) in one file, then as many plan files as
 * asked, each a plan of the generated M models of successive seeds cut to a few actions and renamed so that
 * names stay unique. The case, 301 files and about 10,000 lines:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.maillage.benchmarks.lsp.ManyFilesModel DIR 300 10000
 * </pre>
 */
public final class ManyFilesModel {

    private static final Pattern PLAN_NAMES = Pattern.compile("\\bP(\\d+)(?=[AC \"\\n])");

    private ManyFilesModel() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int files = Integer.parseInt(args[1]);
        int lines = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        String model = new PlanGenerator(1, PlanGenerator.Size.M).generate();
        String referentiel = model.substring(0, model.indexOf("\nplan ") + 1);
        Files.writeString(dir.resolve("referentiel.coop"), referentiel, StandardCharsets.UTF_8);
        int perPlan = Math.max(8, (lines - PlansOfLines.lineCount(referentiel, referentiel.length())) / files);
        int written = 0;
        for (int seed = 1; written < files; seed++) {
            String generated = new PlanGenerator(seed, PlanGenerator.Size.M).generate();
            int at = generated.indexOf("\nplan ");
            while (at >= 0 && written < files) {
                int end = generated.indexOf("\n}\n", at);
                String plan = PlansOfLines.cut(generated.substring(at + 1, end + 3), perPlan);
                String prefix = "S" + seed;
                Matcher names = PLAN_NAMES.matcher(plan);
                String renamed = names.replaceAll(match -> prefix + "P" + match.group(1));
                Files.writeString(dir.resolve(String.format("plan-%03d.coop", written)), renamed, StandardCharsets.UTF_8);
                written++;
                at = generated.indexOf("\nplan ", end);
            }
        }
    }
}
