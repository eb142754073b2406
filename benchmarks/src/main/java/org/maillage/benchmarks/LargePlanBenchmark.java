package org.maillage.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.maillage.dsl.CoopStandaloneSetup;
import org.maillage.dsl.formatting2.TextFormatting;
import org.maillage.dsl.samples.PlanGenerator;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.exchange.XmiExchange;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.RuleCatalogue;
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

import com.google.inject.Injector;

/**
 * The language on a generated plan of a given size: parse + link of the text, against loading the
 * same model from XMI; the rule catalogue on the loaded model; the formatter; parse + link + validate as a whole.
 * Each on the language 1.1 plan and on the 1.0 plan of the same seed and size ({@code version}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class LargePlanBenchmark {

    @Param({ "S", "M", "L" })
    public String size;

    /** The language version of the generated plan: 1.1 (financing plans, life cycles…) and 1.0, compared in one run. */
    @Param({ "V1_1", "V1_0" })
    public String version;

    private Injector injector;
    private byte[] text;
    private XtextResource parsed;
    private byte[] xmi;
    private List<CoopFile> loaded;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        injector = CoopStandaloneSetup.doSetup();
        text = new PlanGenerator(1, PlanGenerator.Size.valueOf(size), PlanGenerator.Version.valueOf(version)).generate()
                .getBytes(StandardCharsets.UTF_8);
        XtextResource resource = parse();
        List<Issue> errors = validate(resource).stream()
                .filter(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the generated plan has errors: " + errors.subList(0, 1));
        }
        loaded = List.of((CoopFile) resource.getContents().get(0));
        parsed = resource;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmiExchange().write(loaded, out);
        xmi = out.toByteArray();
    }

    private XtextResource parse() throws IOException {
        return PlanModels.parseAndLink(injector, text);
    }

    private List<Issue> validate(XtextResource resource) {
        return injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl);
    }

    @Benchmark
    public Object textParseAndLink() throws IOException {
        return parse();
    }

    @Benchmark
    public Object xmiLoadAndResolve() throws Exception {
        return new XmiExchange().read(new ByteArrayInputStream(xmi));
    }

    @Benchmark
    public List<Finding> ruleCatalogue() {
        return new RuleCatalogue(Locale.FRENCH).check(loaded);
    }

    /** What {@code maillage format} does once the file is parsed: the formatter over the node model, rendered. */
    @Benchmark
    public String format() {
        return injector.getInstance(TextFormatting.class).format(parsed);
    }

    @Benchmark
    public List<Issue> textParseLinkValidate() throws IOException {
        return validate(parse());
    }
}
