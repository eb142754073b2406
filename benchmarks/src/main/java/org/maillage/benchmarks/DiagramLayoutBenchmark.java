package org.maillage.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.glsp.graph.GGraph;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.internal.graph.DiagramGraphs;
import org.maillage.diagram.internal.layout.DiagramLayout;
import org.maillage.dsl.CoopStandaloneSetup;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Plan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The diagram server's work for one diagram: the model to GModel, then ELK's layered layout over
 * the whole hierarchy. Sizes, in nodes (actors + actions + function nodes, three to four role links
 * per function): S 100, M 1,000 (the 1,000 nodes / 3,000 links goal), L 3,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class DiagramLayoutBenchmark {

    @Param({ "S", "M", "L" })
    public String size;

    private Plan plan;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        int nodes = switch (size) {
        case "S" -> 100;
        case "M" -> 1_000;
        case "L" -> 3_000;
        default -> throw new IllegalArgumentException("size S, M or L: " + size);
        };
        String text = WhoDoesWhatPlans.text(nodes);
        CoopFile file = (CoopFile) PlanModels.parseAndLink(CoopStandaloneSetup.doSetup(), text.getBytes(StandardCharsets.UTF_8))
                .getContents().get(0);
        plan = file.getPlans().get(0);
        GGraph graph = DiagramGraphs.build(DiagramKind.WHO_DOES_WHAT, plan, Locale.FRENCH, List.of(), Set.of());
        System.out.printf("%n[diagram] %d nodes, %d links%n", WhoDoesWhatPlans.count(graph, false), WhoDoesWhatPlans.count(graph, true));
    }

    @Benchmark
    public GGraph whoDoesWhatToGModelAndElkLayout() {
        GGraph graph = DiagramGraphs.build(DiagramKind.WHO_DOES_WHAT, plan, Locale.FRENCH, List.of(), Set.of());
        DiagramLayout.apply(graph, Map.of());
        return graph;
    }

    @Benchmark
    public GGraph mapToGModelAndElkLayout() {
        GGraph graph = DiagramGraphs.build(DiagramKind.MAP, plan, Locale.FRENCH, List.of(), Set.of());
        DiagramLayout.apply(graph, Map.of());
        return graph;
    }
}
