package org.maillage.vcs.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.maillage.vcs.Change;
import org.maillage.vcs.RepositoryVersions;
import org.maillage.vcs.SemanticDiff;
import org.maillage.vcs.Version;
import org.maillage.vcs.VersionException;
import org.maillage.vcs.VersionLoader;
import org.maillage.vcs.internal.report.HtmlReport;
import org.maillage.vcs.internal.report.TextReport;

/**
 * What changed in a plan's folder since a revision: the lines {@code maillage diff} prints and its
 * self-contained HTML report ({@code maillage diff --format html}).
 */
final class Comparison {

    private Comparison() {
    }

    /** The report: one line per change, and the HTML page. */
    record Report(List<String> lines, String html) {
    }

    /**
     * The file's folder (or the folder) at {@code revision} (a tag, a commit id) compared with the
     * same folder on disk.
     */
    static Report sinceRevision(Path path, String revision, Locale locale) throws VersionException {
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        try (RepositoryVersions repository = RepositoryVersions.find(folder, locale)) {
            Version before = repository.revision(revision, List.of(folder), List.of(folder.toString()));
            Version after = new VersionLoader(locale).folder(Messages.compare_workingCopy, folder, List.of(folder));
            List<Change> changes = SemanticDiff.compare(before, after, locale);
            return new Report(changes.stream().map(c -> TextReport.line(c, locale)).toList(),
                    HtmlReport.write(before, after, changes, locale));
        }
    }
}
