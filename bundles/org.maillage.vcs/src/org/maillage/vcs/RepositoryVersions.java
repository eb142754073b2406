package org.maillage.vcs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.maillage.vcs.internal.VcsMessages;

/**
 * The Git repository a path is in (the path itself or a folder above it), found and read with
 * JGit, and the versions of its files at a revision.
 */
public final class RepositoryVersions implements AutoCloseable {

    private final Repository repository;
    private final Locale locale;

    private RepositoryVersions(Repository repository, Locale locale) {
        this.repository = repository;
        this.locale = locale;
    }

    /** The repository {@code start} is in; a bare repository or none is a {@link VersionException}. */
    public static RepositoryVersions find(Path start, Locale locale) throws VersionException {
        Path folder = start.toAbsolutePath().normalize();
        while (folder != null && !Files.isDirectory(folder)) {
            folder = folder.getParent();
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (folder != null) {
            builder.findGitDir(folder.toFile());
        }
        if (builder.getGitDir() == null) {
            throw new VersionException(VcsMessages.get(locale, "diff.noRepository", start));
        }
        try {
            Repository repository = builder.build();
            if (repository.isBare()) {
                repository.close();
                throw new VersionException(VcsMessages.get(locale, "diff.noRepository", start));
            }
            return new RepositoryVersions(repository, locale);
        } catch (IOException e) {
            throw new VersionException(VcsMessages.get(locale, "diff.noRepository", start));
        }
    }

    public Repository repository() {
        return repository;
    }

    public Path workTree() {
        return repository.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /**
     * The {@code .coop} files under {@code paths} (absolute, inside the work tree; all files when
     * empty) at {@code revision}.
     *
     * @param shown how each path is named in a message (as the user typed it)
     */
    public Version revision(String revision, List<Path> paths, List<String> shown) throws VersionException {
        Path root = workTree();
        List<String> inRepository = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Path absolute = paths.get(i).toAbsolutePath().normalize();
            if (!absolute.startsWith(root)) {
                throw new VersionException(VcsMessages.get(locale, "diff.outsideRepository", shown.get(i), root));
            }
            inRepository.add(root.relativize(absolute).toString().replace('\\', '/'));
        }
        return new VersionLoader(locale).revision(repository, revision, inRepository);
    }

    @Override
    public void close() {
        repository.close();
    }
}
