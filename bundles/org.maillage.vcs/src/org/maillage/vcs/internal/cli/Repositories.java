package org.maillage.vcs.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.maillage.vcs.VersionException;
import org.maillage.vcs.internal.VcsMessages;

/** Finds the Git repository a path is in (the path itself or a folder above it), without a git command. */
final class Repositories {

    private Repositories() {
    }

    static Repository find(Path start, Locale locale) throws VersionException {
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
                throw new VersionException(VcsMessages.get(locale, "diff.noRepository", start));
            }
            return repository;
        } catch (IOException e) {
            throw new VersionException(VcsMessages.get(locale, "diff.noRepository", start));
        }
    }
}
