package org.maillage.ui.internal.raci;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.vcs.Change;
import org.maillage.vcs.PlanFiles;
import org.maillage.vcs.RepositoryVersions;
import org.maillage.vcs.SemanticDiff;
import org.maillage.vcs.Version;
import org.maillage.vcs.VersionException;
import org.maillage.vcs.VersionLoader;

/**
 * Who does what now, compared with a Git revision of the project: the cells of the matrix whose
 * roles changed, with both values. The comparison is {@code maillage diff}'s ({@link SemanticDiff},
 * its role changes): the revision's {@code .coop} files of the project's folder read with JGit,
 * against the project's files as the editors have them (unsaved text included).
 */
final class MatrixComparison {

    /** The revision compared with, as the user chose it, and what it is called in the view. */
    record Against(String revision, String label) {
    }

    /** A changed cell: its roles in the revision and now ("" for none), as the matrix writes them (A/R). */
    record Cell(String before, String after) {

        /** Both values, the older first: {@code R → A/R}; a missing value is {@code ∅}. */
        String text() {
            return (before.isEmpty() ? "∅" : before) + " → " + (after.isEmpty() ? "∅" : after);
        }
    }

    /** The changed cells by {@link #key}, in the diff's order. */
    record Result(Against against, Map<String, Cell> cells) {

        Cell cell(RaciGrid.Line line, String actor) {
            return line.kind() != RaciGrid.Kind.FUNCTION ? null
                    : cells.get(key(line.plan(), line.action(), line.function(), actor));
        }

        /** The actors whose cells changed in these plans, for columns the matrix must show. */
        List<String> actors(Set<String> plans) {
            return cells.keySet().stream().filter(key -> plans.contains(key.substring(0, key.indexOf('/'))))
                    .map(key -> key.substring(key.lastIndexOf('#') + 1)).distinct().toList();
        }

        /** Action name → function names of the changed cells in these plans, for lines the matrix must show. */
        Map<String, List<String>> functions(Set<String> plans) {
            Map<String, List<String>> lines = new LinkedHashMap<>();
            for (String key : cells.keySet()) {
                String[] names = key.substring(0, key.lastIndexOf('#')).split("/");
                if (names.length != 3 || !plans.contains(names[0])) {
                    continue;
                }
                List<String> functions = lines.computeIfAbsent(names[1], a -> new ArrayList<>());
                if (!functions.contains(names[2])) {
                    functions.add(names[2]);
                }
            }
            return lines;
        }
    }

    private MatrixComparison() {
    }

    static String key(String plan, String action, String function, String actor) {
        return plan + "/" + action + "/" + function + "#" + actor;
    }

    /** Compares the project of {@code file} now with {@code against}; a refusal says why it cannot. */
    static Result compare(IFile file, Against against, Locale locale) throws VersionException {
        IProject project = file.getProject();
        Path folder = project.getLocation().toFile().toPath();
        try (RepositoryVersions repository = RepositoryVersions.find(folder, locale)) {
            Version before = repository.revision(against.revision(), List.of(folder), List.of(project.getName()));
            Version now = new VersionLoader(locale).texts(project.getName(), texts(project, locale));
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (Change change : SemanticDiff.compare(before, now, locale)) {
                if (change.section() == Change.Section.ROLE) {
                    cells.put(change.element() + "#" + change.feature(), new Cell(change.before(), change.after()));
                }
            }
            return new Result(against, cells);
        }
    }

    /** The project's .coop texts (the builder's files): an open editor's text, else the file's (checked as the command line checks it). */
    private static Map<String, String> texts(IProject project, Locale locale) throws VersionException {
        Map<String, String> texts = new TreeMap<>();
        var live = CoopWorkspace.get().editorContents().live();
        for (IFile coop : CoopProjects.sourceFiles(project)) {
            URI uri = CoopProjects.uri(coop);
            texts.put(coop.getProjectRelativePath().toString(), live.hasContent(uri) ? live.getContent(uri)
                    : PlanFiles.read(coop.getLocation().toFile().toPath(), locale));
        }
        return texts;
    }
}
