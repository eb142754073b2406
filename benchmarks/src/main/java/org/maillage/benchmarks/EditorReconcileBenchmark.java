package org.maillage.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.maillage.dsl.ide.CoopIdeSetup;
import org.maillage.dsl.samples.PlanGenerator;
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
 * What the .coop editor's reconciler does after a one-character edit in a plan of about 5,000
 * lines (size M): the partial reparse of the changed region, the checks (syntax, links, rule
 * catalogue) and the model-based highlighting. Each invocation types or removes one digit in an
 * indicator's target, so the text alternates between two states.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = { "-Xmx2g" })
public class EditorReconcileBenchmark {

    @Param({ "S", "M", "L" })
    public String size;

    private Injector injector;
    private XtextResource resource;
    private int editOffset;
    private boolean inserted;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        injector = new CoopIdeSetup().createInjectorAndDoEMFRegistration();
        String text = new PlanGenerator(1, PlanGenerator.Size.valueOf(size)).generate();
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        resource = (XtextResource) set.createResource(URI.createURI("bench:/plan.coop"));
        resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        editOffset = text.indexOf(" target ", text.length() / 2) + " target ".length();
        if (editOffset < " target ".length()) {
            throw new IllegalStateException("the generated plan has no indicator target in its second half");
        }
    }

    @Benchmark
    public int reconcileAfterOneCharacter() {
        if (inserted) {
            resource.update(editOffset, 1, "");
        } else {
            resource.update(editOffset, 0, "7");
        }
        inserted = !inserted;
        List<Issue> issues = injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl);
        List<int[]> ranges = new ArrayList<>();
        injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
                (offset, length, styles) -> ranges.add(new int[] { offset, length }), CancelIndicator.NullImpl);
        return issues.size() + ranges.size();
    }
}
