package org.maillage.vcs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.maillage.dsl.load.FileChecks;
import org.maillage.dsl.ide.CoopIdeSetup;
import org.maillage.vcs.internal.VcsMessages;

/**
 * Reads versions of a model: from folders and files on disk, from a Git revision (through JGit,
 * the objects only: the working tree is never touched), or from texts. Every text goes through the
 * same checks as the command line's files ({@link FileChecks}: size, encoding, nesting).
 */
public final class VersionLoader {

    private final Locale locale;

    public VersionLoader(Locale locale) {
        this.locale = locale;
    }

    /** The version made of these texts (path → text), parsed and linked together. */
    public Version texts(String label, Map<String, String> texts) {
        XtextResourceSet set = CoopIdeSetup.shared().getInstance(XtextResourceSet.class);
        Map<String, XtextResource> files = new LinkedHashMap<>();
        texts.forEach((path, text) -> {
            XtextResource resource = (XtextResource) set.createResource(URI.createURI("version:/" + files.size()
                    + "/" + URI.encodeSegment(path, false) + (path.endsWith(".coop") ? "" : ".coop")));
            try {
                resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
            } catch (IOException e) {
                throw new IllegalStateException("reading from memory cannot fail", e);
            }
            files.put(path, resource);
        });
        EcoreUtil.resolveAll(set);
        return new Version(label, set, files);
    }

    /** The {@code .coop} files of these folders and files (folders: recursively), shown relative to {@code base}. */
    public Version folder(String label, Path base, List<Path> paths) throws VersionException {
        Map<String, String> texts = new TreeMap<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path file : walk.filter(p -> p.toString().endsWith(".coop") && Files.isRegularFile(p))
                            .sorted().toList()) {
                        texts.put(shown(base, file), decode(file, read(file)));
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new VersionException(VcsMessages.get(locale, "version.unreadable", path, e.getMessage()));
                }
            } else if (Files.isRegularFile(path)) {
                texts.put(shown(base, path), decode(path, read(path)));
            } else {
                throw new VersionException(VcsMessages.get(locale, "version.missing", path));
            }
        }
        if (texts.isEmpty()) {
            throw new VersionException(VcsMessages.get(locale, "version.noCoop", label));
        }
        return texts(label, texts);
    }

    /**
     * The {@code .coop} files of a revision ({@code HEAD~2}, a tag, a commit id) under the given
     * paths of the repository (all of them when none is given).
     */
    public Version revision(Repository repository, String revision, List<String> repositoryPaths)
            throws VersionException {
        Map<String, String> texts = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.resolve(revision + "^{commit}");
            if (id == null) {
                throw new VersionException(VcsMessages.get(locale, "version.unknownRevision", revision));
            }
            RevCommit commit = walk.parseCommit(id);
            try (TreeWalk tree = new TreeWalk(repository)) {
                tree.addTree(commit.getTree());
                tree.setRecursive(true);
                TreeFilter coop = PathSuffixFilter.create(".coop");
                List<String> filters = repositoryPaths.stream().filter(p -> !p.isEmpty() && !p.equals(".")).toList();
                tree.setFilter(filters.isEmpty() ? coop : AndTreeFilter.create(PathFilterGroup.createFromStrings(filters), coop));
                while (tree.next()) {
                    ObjectLoader blob = repository.open(tree.getObjectId(0));
                    if (blob.getSize() > FileChecks.MAX_BYTES) {
                        throw new VersionException(FileChecks.tooLarge(Path.of(tree.getPathString()), blob.getSize(),
                                locale).diagnostic().message());
                    }
                    texts.put(tree.getPathString(), decode(Path.of(tree.getPathString()), blob.getBytes()));
                }
            }
        } catch (IOException e) {
            throw new VersionException(VcsMessages.get(locale, "version.unreadable", revision, e.getMessage()));
        } catch (org.eclipse.jgit.errors.RevisionSyntaxException e) {
            throw new VersionException(VcsMessages.get(locale, "version.unknownRevision", revision));
        }
        if (texts.isEmpty()) {
            throw new VersionException(VcsMessages.get(locale, "version.noCoopAt", revision, String.join(" ", repositoryPaths)));
        }
        return texts(revision, texts);
    }

    private String decode(Path path, byte[] bytes) throws VersionException {
        try {
            return FileChecks.decode(path, bytes, locale);
        } catch (FileChecks.Refused refused) {
            var d = refused.diagnostic();
            throw new VersionException(path + ":" + d.line() + ":" + d.column() + ": " + d.message() + " [" + d.code() + "]");
        }
    }

    private byte[] read(Path file) throws VersionException {
        try {
            long size = Files.size(file);
            if (size > FileChecks.MAX_BYTES) {
                throw new VersionException(FileChecks.tooLarge(file, size, locale).diagnostic().message());
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new VersionException(VcsMessages.get(locale, "version.unreadable", file, e.getMessage()));
        }
    }

    private static String shown(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString();
    }
}
