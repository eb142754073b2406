package org.maillage.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maillage.dsl.samples.PlanGenerator;
import org.maillage.vcs.Change;
import org.maillage.vcs.MergeResult;
import org.maillage.vcs.SemanticDiff;
import org.maillage.vcs.SemanticMerge;
import org.maillage.vcs.VersionLoader;
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
 * {@code maillage diff} and {@code maillage merge} on a generated plan and two versions of it that
 * each change the roles of 1 % of its entries (different entries: the merge has no conflict).
 * Both include parsing and linking every version, as the commands do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class VersionsBenchmark {

    private static final Pattern LAST_ROLES = Pattern.compile("(?m)^(\\s+\\w+: .*, )[ARSCI/]+( \\w+)$");

    @Param({ "M", "L" })
    public String size;

    private String base;
    private String ours;
    private String theirs;

    @Setup(Level.Trial)
    public void setUp() {
        base = new PlanGenerator(1, PlanGenerator.Size.valueOf(size)).generate();
        ours = edit(base, 0);
        theirs = edit(base, 50);
        MergeResult check = merge();
        if (!check.conflicts().isEmpty()) {
            throw new IllegalStateException("independent edits conflict: " + check.conflicts().get(0));
        }
    }

    /** The base with the last role of one entry in a hundred (from {@code offset}) made I. */
    static String edit(String text, int offset) {
        Matcher matcher = LAST_ROLES.matcher(text);
        StringBuilder out = new StringBuilder();
        int index = 0;
        while (matcher.find()) {
            String replacement = index++ % 100 == offset ? matcher.group(1) + "I" + matcher.group(2) : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @Benchmark
    public List<Change> diff() {
        VersionLoader loader = new VersionLoader(Locale.FRENCH);
        return SemanticDiff.compare(loader.texts("base", Map.of("plan.coop", base)),
                loader.texts("ours", Map.of("plan.coop", ours)), Locale.FRENCH);
    }

    @Benchmark
    public MergeResult merge() {
        try {
            return SemanticMerge.merge(base, ours, theirs, Map.of(), "plan.coop", Locale.FRENCH);
        } catch (org.maillage.vcs.VersionException e) {
            throw new IllegalStateException(e);
        }
    }
}
