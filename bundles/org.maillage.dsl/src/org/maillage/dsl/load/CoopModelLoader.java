package org.maillage.dsl.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.validation.IResourceValidator;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.internal.DslMessages;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.validation.Severity;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads the files and folders a user names (folders: every *.coop below, recursively) as one
 * model. Missing paths, paths that are not regular files nor folders, folders without .coop files
 * and unreadable files are {@link PathProblem}s; files whose bytes are refused (see
 * {@link FileChecks}) are reported, not parsed.
 */
public class CoopModelLoader {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    @Inject
    private DiagnosticLanguage language;

    @Inject
    private IResourceDescription.Manager descriptions;

    public CoopModel load(List<Path> paths) throws PathProblem {
        Locale locale = language.get();
        CoopModel model = new CoopModel(resourceSets.get(), validator);
        for (Path file : expand(paths, locale, model)) {
            byte[] bytes = null;
            try {
                bytes = read(file, locale);
                String text = FileChecks.decode(file, bytes, locale);
                model.addParsed(file, parse(model, file, text),
                        TextStyle.of(new String(bytes, StandardCharsets.UTF_8)));
            } catch (FileChecks.Refused refused) {
                model.addRefused(refused.diagnostic());
                if (refused.diagnostic().code().equals("FILE-ENCODING")) {
                    model.addUnreadNames(declaredNames(file, bytes));
                }
            }
        }
        index(model.resourceSet());
        return model;
    }

    /**
     * The model of texts that are not only on disk, such as the documents of open editors: each
     * text goes through the same checks as a file's bytes and is parsed as the file at its path.
     */
    public CoopModel loadTexts(Map<Path, String> texts) {
        Locale locale = language.get();
        CoopModel model = new CoopModel(resourceSets.get(), validator);
        texts.forEach((file, text) -> {
            try {
                String decoded = FileChecks.decode(file, text.getBytes(StandardCharsets.UTF_8), locale);
                model.addParsed(file, parse(model, file, decoded), TextStyle.of(text));
            } catch (FileChecks.Refused refused) {
                model.addRefused(refused.diagnostic());
            }
        });
        index(model.resourceSet());
        return model;
    }

    /**
     * One index of the names every file exports, built once the files are parsed: linking and the
     * unique-name check then look a name up in a map instead of asking every file of the resource
     * set, which made them quadratic in the number of files (5,000 files: about a minute).
     */
    private void index(XtextResourceSet set) {
        List<IResourceDescription> all = new ArrayList<>();
        for (Resource resource : set.getResources()) {
            all.add(descriptions.getResourceDescription(resource));
        }
        ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(set,
                new ResourceDescriptionsData(all));
    }

    /**
     * The names a file refused for its encoding declares, from a lenient reading of it, so that
     * the other files' references to them are not reported as unresolved: the one error is the
     * file's encoding.
     */
    private Set<String> declaredNames(Path file, byte[] bytes) {
        String text = FileChecks.lenientText(bytes);
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        XtextResourceSet aside = resourceSets.get();
        XtextResource resource = (XtextResource) aside
                .createResource(URI.createFileURI(file.toAbsolutePath().toString()));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), aside.getLoadOptions());
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
        Set<String> names = new HashSet<>();
        resource.getAllContents().forEachRemaining(o -> {
            if (o instanceof NamedElement named && named.getName() != null) {
                names.add(named.getName());
            }
        });
        return names;
    }

    /**
     * The bytes of a regular file, never more than the size bound: the size is checked before
     * reading, and reading stops one byte past the bound (the file may grow meanwhile).
     */
    private static byte[] read(Path file, Locale locale) throws PathProblem, FileChecks.Refused {
        try {
            long size = Files.size(file);
            if (size > FileChecks.MAX_BYTES) {
                throw FileChecks.tooLarge(file, size, locale);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) FileChecks.MAX_BYTES + 1);
                if (bytes.length > FileChecks.MAX_BYTES) {
                    throw FileChecks.tooLarge(file, bytes.length, locale);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new PathProblem(DslMessages.get(locale, "path.unreadable", file, reason(e)));
        }
    }

    private static XtextResource parse(CoopModel model, Path file, String text) {
        URI uri = URI.createFileURI(file.toAbsolutePath().normalize().toString());
        XtextResource resource = (XtextResource) model.resourceSet().createResource(uri);
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                    model.resourceSet().getLoadOptions());
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
        return resource;
    }

    /**
     * The .coop files the paths name, each once, in a stable order. Only regular files are
     * listed: a path given that is anything else is a {@link PathProblem}; in a folder, a .coop
     * entry that is not a regular file (a broken link, a link loop, a named pipe...) is skipped
     * with a warning added to the model.
     */
    static List<Path> expand(List<Path> paths, Locale locale, CoopModel model) throws PathProblem {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            PathKind kind = PathKind.of(path);
            if (kind == PathKind.DIRECTORY) {
                List<Path> found = walk(path, locale, model);
                if (found.isEmpty()) {
                    throw new PathProblem(DslMessages.get(locale, "path.noCoop", path));
                }
                files.addAll(found);
            } else if (!files.contains(path)) {
                requireRegularFile(path, locale);
                files.add(path);
            }
        }
        return List.copyOf(files);
    }

    /** Throws the {@link PathProblem} of a path that is not an existing regular file (checked without opening it). */
    public static void requireRegularFile(Path path, Locale locale) throws PathProblem {
        PathKind kind = PathKind.of(path);
        if (kind == PathKind.MISSING) {
            throw new PathProblem(DslMessages.get(locale, "path.missing", path));
        }
        if (kind != PathKind.REGULAR) {
            throw new PathProblem(DslMessages.get(locale, "path.notRegular", path,
                    DslMessages.get(locale, kind == PathKind.DIRECTORY ? "kind.directory" : kind.messageKey())));
        }
    }

    private static List<Path> walk(Path folder, Locale locale, CoopModel model) throws PathProblem {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path entry : walk.filter(p -> p.getFileName().toString().endsWith(".coop")).sorted().toList()) {
                PathKind kind = PathKind.of(entry);
                if (kind == PathKind.REGULAR) {
                    found.add(entry);
                } else if (kind != PathKind.DIRECTORY) {
                    model.addRefused(new FileDiagnostic(entry, 1, 1, Severity.WARNING,
                            DslMessages.get(locale, "file.skipped", DslMessages.get(locale, kind.messageKey())),
                            "FILE-SKIPPED", null));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new PathProblem(DslMessages.get(locale, "path.unreadable", folder, e.getMessage()));
        }
        return found;
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : String.valueOf(e.getMessage());
    }

    /** A path that cannot be used: missing, unreadable, or a folder without .coop files. */
    public static final class PathProblem extends Exception {

        private static final long serialVersionUID = 1L;

        public PathProblem(String message) {
            super(message);
        }
    }
}
