package org.maillage.ui.internal.raci;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.widgets.Display;
import org.maillage.diagram.ui.internal.WorkbenchDocuments;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.model.coop.Action;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Function;
import org.maillage.model.coop.Plan;
import org.maillage.model.validation.RuleCatalogue;
import org.maillage.ui.internal.Messages;
import org.maillage.vcs.VersionException;

/**
 * Computes what the matrix shows away from the UI thread: the project's model as the editors have it
 * (unsaved text included, once the file's editor has read the text the view was told about), the
 * plan or all plans, the rule catalogue's findings, the filter, and the choices the filters offer.
 * A newer request replaces one not yet run.
 */
final class MatrixLoader {

    /**
     * What to show; {@code text} is the file's text at the time of the request (null: as it is);
     * {@code against} the version to compare with (null: none).
     */
    record Request(PlanChoice choice, boolean crossPlan, List<String> extraActors, Map<String, List<String>> pending,
            MatrixFilter filter, String text, MatrixComparison.Against against) {
    }

    /** A name of the text and what the user reads for it. */
    record Choice(String name, String title) {
    }

    /** What the filters and the "add an actor" menu offer. */
    record Options(List<Choice> actors, List<String> themes, List<Choice> territories, List<Choice> projectActors) {
    }

    /** The grid, and when compared with a version, its changed cells or why they could not be read. */
    record Result(Request request, RaciGrid grid, Options options, MatrixComparison.Result comparison, String comparisonError) {
    }

    private static final int WAITS_FOR_EDITOR = 50;

    private final Consumer<Result> render;
    private Job current;
    private Request latest;
    private Request rendered;

    MatrixLoader(Consumer<Result> render) {
        this.render = render;
    }

    /**
     * Computes what a request shows, then renders it on the UI thread unless a newer request came
     * meanwhile: a late result never replaces the plan asked for since. Called on the UI thread.
     */
    Job load(Request request) {
        if (current != null) {
            current.cancel();
        }
        latest = request;
        Display display = Display.getCurrent();
        int[] waits = { 0 };
        Job job = new Job(Messages.raciJob) {
            @Override
            protected IStatus run(org.eclipse.core.runtime.IProgressMonitor monitor) {
                if (request.text() != null && !editorHasRead(request) && waits[0]++ < WAITS_FOR_EDITOR) {
                    schedule(100);
                    return Status.OK_STATUS;
                }
                Result result = compute(request);
                if (result != null && !monitor.isCanceled() && display != null && !display.isDisposed()) {
                    display.asyncExec(() -> {
                        if (request == latest) {
                            rendered = request;
                            render.accept(result);
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.schedule(request.text() == null ? 0 : 50);
        current = job;
        return job;
    }

    /** The last request made, or null. */
    Request latest() {
        return latest;
    }

    /** Whether what is shown answers the last request made (nothing newer is being computed). */
    boolean showsLatest() {
        return latest != null && rendered == latest;
    }

    /** Whether the file's open editor has published the text of the request (no editor: the file counts). */
    private static boolean editorHasRead(Request request) {
        URI uri = CoopProjects.uri(request.choice().file());
        var contents = CoopWorkspace.get().editorContents().live();
        return !contents.hasContent(uri) || request.text().equals(contents.getContent(uri));
    }

    static Result compute(Request request) {
        MatrixComparison.Result comparison = null;
        String comparisonError = null;
        List<String> extraActors = new ArrayList<>(request.extraActors());
        Map<String, List<String>> pendingFunctions = new LinkedHashMap<>(request.pending());
        if (request.against() != null) {
            try {
                comparison = MatrixComparison.compare(request.choice().file(), request.against(),
                        WorkbenchDocuments.INSTANCE.locale());
            } catch (VersionException e) {
                comparisonError = e.getMessage();
            }
        }
        List<CoopFile> files = CoopWorkspace.get().loadProject(request.choice().file().getProject());
        URI own = CoopProjects.uri(request.choice().file());
        List<Plan> plans = new ArrayList<>();
        List<CoopFile> ordered = files.stream().sorted(Comparator.comparing(f -> f.eResource().getURI().toString())).toList();
        for (CoopFile file : ordered) {
            boolean isOwn = own.equals(file.eResource().getURI());
            for (Plan plan : file.getPlans()) {
                if (request.crossPlan() || isOwn && (request.choice().planName() == null
                        ? plans.isEmpty() : request.choice().planName().equals(plan.getName()))) {
                    plans.add(plan);
                }
            }
        }
        if (plans.isEmpty()) {
            return null;
        }
        if (comparison != null) {
            // the actors and lines of the changed cells are shown even when their roles are gone
            Set<String> shown = plans.stream().map(Plan::getName).collect(Collectors.toSet());
            comparison.actors(shown).stream().filter(a -> !extraActors.contains(a)).forEach(extraActors::add);
            comparison.functions(shown).forEach((action, names) -> pendingFunctions.merge(action, names,
                    (known, added) -> Stream.concat(known.stream(), added.stream()).distinct().toList()));
        }
        List<Actor> actors = files.stream().flatMap(f -> f.getActors().stream()).toList();
        List<Actor> extra = extraActors.stream()
                .map(name -> actors.stream().filter(a -> name.equals(a.getName())).findFirst().orElse(null))
                .filter(Objects::nonNull).toList();
        Map<String, List<Function>> pending = new LinkedHashMap<>();
        pendingFunctions.forEach((action, names) -> pending.put(action, names.stream()
                .map(name -> files.stream().flatMap(f -> f.getFunctions().stream()).filter(f -> name.equals(f.getName()))
                        .findFirst().orElse(null))
                .filter(Objects::nonNull).toList()));
        String title = request.crossPlan() ? Messages.bind(Messages.matrixAllPlans, request.choice().file().getProject().getName())
                : RaciGrid.title(plans.get(0), plans.get(0));
        RaciGrid all = RaciGrid.of(title, plans, new RuleCatalogue(WorkbenchDocuments.INSTANCE.locale()).check(files), extra, pending);
        return new Result(request, all.filter(request.filter()), options(all, plans, actors), comparison, comparisonError);
    }

    private static Options options(RaciGrid grid, List<Plan> plans, List<Actor> actors) {
        List<Choice> columns = grid.columns().stream().map(c -> new Choice(c.actor(), c.title())).toList();
        List<Action> actions = plans.stream().flatMap(p -> p.getActions().stream()).toList();
        List<String> themes = actions.stream().map(Action::getTheme).filter(Objects::nonNull).map(String::strip).distinct()
                .sorted().toList();
        List<Choice> territories = actions.stream().map(Action::getTerritory).filter(t -> t != null && t.getName() != null)
                .distinct().map(t -> new Choice(t.getName(), RaciGrid.title(t, plans.get(0)))).toList();
        List<Choice> project = actors.stream().filter(a -> a.getName() != null)
                .map(a -> new Choice(a.getName(), RaciGrid.title(a, plans.get(0))))
                .filter(c -> columns.stream().noneMatch(shown -> shown.name().equals(c.name()))).toList();
        return new Options(columns, themes, territories, project);
    }
}
