package org.maillage.dsl.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.IResourceValidator;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.internal.DslMessages;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Loads the files and folders a user names (folders: every *.coop below, recursively) as one
 * model. Missing paths, folders without .coop files and unreadable files are {@link PathProblem}s;
 * files whose bytes are refused (see {@link FileChecks}) are reported, not parsed.
 */
public class CoopModelLoader {

    @Inject
    private Provider<XtextResourceSet> resourceSets;

    @Inject
    private IResourceValidator validator;

    @Inject
    private DiagnosticLanguage language;

    public CoopModel load(List<Path> paths) throws PathProblem {
        Locale locale = language.get();
        CoopModel model = new CoopModel(resourceSets.get(), validator);
        for (Path file : expand(paths, locale)) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new PathProblem(DslMessages.get(locale, "path.unreadable", file, reason(e)));
            }
            try {
                String text = FileChecks.decode(file, bytes, locale);
                model.addParsed(file, parse(model, file, text));
            } catch (FileChecks.Refused refused) {
                model.addRefused(refused.diagnostic());
            }
        }
        return model;
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

    /** The .coop files the paths name, each once, in a stable order. */
    static List<Path> expand(List<Path> paths, Locale locale) throws PathProblem {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new PathProblem(DslMessages.get(locale, "path.missing", path));
            }
            if (Files.isDirectory(path)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(path)) {
                    found = walk.filter(p -> p.getFileName().toString().endsWith(".coop") && Files.isRegularFile(p))
                            .sorted().toList();
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new PathProblem(DslMessages.get(locale, "path.unreadable", path, e.getMessage()));
                }
                if (found.isEmpty()) {
                    throw new PathProblem(DslMessages.get(locale, "path.noCoop", path));
                }
                found.stream().filter(f -> !files.contains(f)).forEach(files::add);
            } else if (!files.contains(path)) {
                files.add(path);
            }
        }
        return files;
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
