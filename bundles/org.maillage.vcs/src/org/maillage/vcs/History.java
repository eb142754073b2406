package org.maillage.vcs;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.maillage.vcs.internal.VcsMessages;

/**
 * The history of a file or folder in its Git repository, read with JGit: the commits that changed
 * it, newest first, with the tags that name them (« votée », « signée »...).
 */
public final class History {

    /** One version of the file. */
    public record Revision(String id, String shortId, Instant date, String author, String message, List<String> tags) {
    }

    private History() {
    }

    /** The commits that changed {@code path} (a file or folder inside a repository's work tree), newest first. */
    public static List<Revision> of(Path path, Locale locale) throws VersionException {
        Path absolute = path.toAbsolutePath().normalize();
        try (RepositoryVersions versions = RepositoryVersions.find(absolute, locale);
                Git git = new Git(versions.repository())) {
            Repository repository = versions.repository();
            if (repository.resolve(Constants.HEAD) == null) {
                return List.of();
            }
            Path root = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            String inRepository = root.relativize(absolute).toString().replace('\\', '/');
            Map<ObjectId, List<String>> tags = tags(repository);
            List<Revision> revisions = new ArrayList<>();
            var log = git.log();
            if (!inRepository.isEmpty()) {
                log.addPath(inRepository);
            }
            for (RevCommit commit : log.call()) {
                revisions.add(new Revision(commit.getName(), commit.abbreviate(8).name(),
                        Instant.ofEpochSecond(commit.getCommitTime()), commit.getAuthorIdent().getName(),
                        commit.getShortMessage(), tags.getOrDefault(commit.getId(), List.of())));
            }
            return revisions;
        } catch (IOException | GitAPIException e) {
            throw new VersionException(VcsMessages.get(locale, "version.unreadable", path, e.getMessage()));
        }
    }

    private static Map<ObjectId, List<String>> tags(Repository repository) throws IOException {
        Map<ObjectId, List<String>> tags = new HashMap<>();
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            Ref peeled = repository.getRefDatabase().peel(ref);
            ObjectId commit = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : ref.getObjectId();
            tags.computeIfAbsent(commit, c -> new ArrayList<>()).add(Repository.shortenRefName(ref.getName()));
        }
        tags.values().forEach(list -> list.sort(String::compareTo));
        return tags;
    }
}
