package org.maillage.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.xtext.resource.XtextResource;
import org.maillage.dsl.CoopStandaloneSetup;
import org.maillage.dsl.samples.PlanGenerator;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.GeneratorOptions;
import org.maillage.generator.IGenerator;
import org.maillage.generator.OutputSink;
import org.maillage.generator.convention.internal.ConventionGenerator;
import org.maillage.generator.raci.internal.RaciGenerator;
import org.maillage.generator.site.internal.SiteGenerator;
import org.maillage.model.coop.CoopFile;
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
 * The generators on a generated plan of a given size (L: 25 plans, 5,000 actions, 300 conventions),
 * writing to memory so that only generation is measured: RACI in CSV + HTML + XLSX, the
 * conventions (ODT, PDF, Markdown), and the published site (every page in French and English,
 * the diagrams as SVG).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class GeneratorBenchmark {

    @Param({ "S", "M", "L" })
    public String size;

    private List<CoopFile> model;

    /** Keeps what a generator writes, in memory. */
    static final class MemorySink implements OutputSink {
        final Map<String, byte[]> files = new HashMap<>();

        @Override
        public void write(String fileName, byte[] content) {
            files.put(fileName, content);
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        XtextResource resource = PlanModels.parseAndLink(CoopStandaloneSetup.doSetup(),
                new PlanGenerator(1, PlanGenerator.Size.valueOf(size)).generate().getBytes(StandardCharsets.UTF_8));
        model = List.of((CoopFile) resource.getContents().get(0));
    }

    private Map<String, byte[]> run(IGenerator generator, String... formats) throws Exception {
        MemorySink sink = new MemorySink();
        generator.generate(new GenerationContext(model,
                new GeneratorOptions(List.of(formats), Locale.FRENCH, Optional.empty()), sink, new NullProgressMonitor()));
        return sink.files;
    }

    @Benchmark
    public Map<String, byte[]> raciCsvHtmlXlsx() throws Exception {
        return run(new RaciGenerator(), "csv", "html", "xlsx");
    }

    @Benchmark
    public Map<String, byte[]> conventionsOdt() throws Exception {
        return run(new ConventionGenerator(), "odt");
    }

    /** The PDF of each convention, laid out from its ODT in memory (the ODT is filled but not kept). */
    @Benchmark
    public Map<String, byte[]> conventionsPdf() throws Exception {
        return run(new ConventionGenerator(), "pdf");
    }

    @Benchmark
    public Map<String, byte[]> conventionsMarkdown() throws Exception {
        return run(new ConventionGenerator(), "md");
    }

    /** {@code maillage publish}: the site's pages in both languages and the plans' diagrams in SVG. */
    @Benchmark
    public Map<String, byte[]> site() throws Exception {
        return run(new SiteGenerator(), "html");
    }
}
