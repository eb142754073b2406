package org.maillage.benchmarks;

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
import org.maillage.dsl.samples.AdversarialInputs;
import org.maillage.model.coop.CoopFile;
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
 * Hostile inputs that once took minutes: a {@code within} chain 1,000 (S), 5,000 (M) and 100,000
 * (L, 4.3 MB) deep through the rule catalogue (TERR-CYCLE was cubic) and through parse + link +
 * validate; a number of 10 KB (S), 1 MB (M) and 5 MB (L) through parse + validate (the decimal
 * conversion was quadratic; such a number is now refused before it is converted).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class AdversarialInputBenchmark {

    @Param({ "S", "M", "L" })
    public String size;

    private Injector injector;
    private byte[] chain;
    private byte[] number;
    private List<CoopFile> chainModel;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        injector = CoopStandaloneSetup.doSetup();
        int depth = switch (size) {
            case "S" -> 1_000;
            case "M" -> 5_000;
            default -> 100_000;
        };
        int digits = switch (size) {
            case "S" -> 10_000;
            case "M" -> 1_000_000;
            default -> 5_000_000;
        };
        chain = AdversarialInputs.withinChain(depth).getBytes(StandardCharsets.UTF_8);
        number = AdversarialInputs.longNumber(digits).getBytes(StandardCharsets.UTF_8);
        chainModel = List.of((CoopFile) PlanModels.parseAndLink(injector, chain).getContents().get(0));
    }

    private List<Issue> validate(XtextResource resource) {
        return injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl);
    }

    /** The whole catalogue on the loaded chain: TERR-CYCLE walks it from every territory. */
    @Benchmark
    public List<Finding> withinChainRuleCatalogue() {
        return new RuleCatalogue(Locale.FRENCH).check(chainModel);
    }

    /** What {@code maillage validate} does with the chain. */
    @Benchmark
    public List<Issue> withinChainParseLinkValidate() throws IOException {
        return validate(PlanModels.parseAndLink(injector, chain));
    }

    /** What {@code maillage validate} does with the number. */
    @Benchmark
    public List<Issue> longNumberParseLinkValidate() throws IOException {
        return validate(PlanModels.parseAndLink(injector, number));
    }
}
