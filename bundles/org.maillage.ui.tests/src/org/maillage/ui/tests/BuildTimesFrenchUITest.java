package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.maillage.dsl.samples.PlanGenerator;
import org.maillage.ui.internal.wizards.MaillageProjects;

/**
 * A measuring harness, not a test: the time of a full build (clean, then build) of the example
 * and of the generated L model (50,000 lines) in the workbench, median of several runs, written
 * to target/build-times.txt. Runs only when asked:
 * {@code ./mvnw verify -pl bundles/org.maillage.ui.tests -Dmaillage.test.vmargs="... -Dmaillage.measure=true"}.
 */
@EnabledIfSystemProperty(named = "maillage.measure", matches = "true")
class BuildTimesFrenchUITest {

    @Test
    void measureFullBuilds() throws Exception {
        IProject example = ExampleProject.createWithWizard("mesure-exemple");
        double exampleMedian = medianFullBuild(example, 7);
        IFile plan = example.getFile("plan-val-eyrieux.coop");
        List<Double> incremental = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            plan.setContents(new ByteArrayInputStream((ExampleProject.text(plan) + "\n// " + i + "\n")
                    .getBytes(StandardCharsets.UTF_8)), true, false, null);
            example.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, new NullProgressMonitor());
            incremental.add((System.nanoTime() - start) / 1e9);
        }

        IProject large = MaillageProjects.create("mesure-l", null, false, new NullProgressMonitor());
        large.getFile("modele-l.coop").create(new ByteArrayInputStream(
                new PlanGenerator(42, PlanGenerator.Size.L).generate().getBytes(StandardCharsets.UTF_8)), true, null);
        ExampleProject.waitForBuild();
        assertTrue(ExampleProject.markers(large, IMarker.SEVERITY_ERROR).isEmpty(), "the L model has no error");
        double largeMedian = medianFullBuild(large, 3);

        String report = String.format(Locale.ROOT,
                "full build, example (3 files): median %.3f s of 7%n"
                        + "incremental build after editing one plan of the example: median %.3f s of 7%n"
                        + "full build, L model (50,000 lines): median %.3f s of 3%n",
                exampleMedian, median(incremental), largeMedian);
        System.out.print(report);
        Files.writeString(Path.of("target", "build-times.txt"), report);
    }

    private static double medianFullBuild(IProject project, int runs) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            project.build(IncrementalProjectBuilder.CLEAN_BUILD, new NullProgressMonitor());
            long start = System.nanoTime();
            project.build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
            times.add((System.nanoTime() - start) / 1e9);
        }
        return median(times);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
