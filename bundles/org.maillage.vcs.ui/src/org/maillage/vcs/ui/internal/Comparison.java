package org.maillage.vcs.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.maillage.vcs.RepositoryVersions;
import org.maillage.vcs.SemanticDiff;
import org.maillage.vcs.Version;
import org.maillage.vcs.VersionException;
import org.maillage.vcs.VersionLoader;
import org.maillage.vcs.internal.report.TextReport;

/** What changed in a plan's folder since a revision, as the lines {@code maillage diff} prints. */
final class Comparison {

    private Comparison() {
    }

    /** The file's folder (or the folder) at {@code revision} compared with the same folder on disk. */
    static List<String> sinceRevision(Path path, String revision, Locale locale) throws VersionException {
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        try (RepositoryVersions repository = RepositoryVersions.find(folder, locale)) {
            Version before = repository.revision(revision, List.of(folder), List.of(folder.toString()));
            Version after = new VersionLoader(locale).folder(folder.toString(), folder, List.of(folder));
            return SemanticDiff.compare(before, after, locale).stream().map(c -> TextReport.line(c, locale)).toList();
        }
    }
}
