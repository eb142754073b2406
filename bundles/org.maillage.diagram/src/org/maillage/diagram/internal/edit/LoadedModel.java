package org.maillage.diagram.internal.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.maillage.diagram.CoopDocument;
import org.maillage.dsl.validation.StrayTokens;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Plan;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.RuleCatalogue;

import com.google.inject.Injector;

/**
 * A document's text parsed and linked with the other {@code .coop} files of its folder (read from
 * disk), as the command line would load that folder, and the rule catalogue's findings. One
 * instance per version of the text: it is rebuilt after every change, never edited in place.
 */
public final class LoadedModel {
    private final XtextResourceSet resourceSet;
    private final XtextResource resource;
    private final List<CoopFile> files = new ArrayList<>();
    private final Locale locale;
    private List<Finding> findings;
    private final boolean syntaxErrors;

    private LoadedModel(Injector injector, CoopDocument document, Locale locale) {
        resourceSet = injector.getInstance(XtextResourceSet.class);
        Path own = document.path().toAbsolutePath().normalize();
        for (Path sibling : siblings(own)) {
            load(uri(sibling), read(sibling));
        }
        resource = load(uri(own), document.text());
        EcoreUtil2.resolveAll(resourceSet);
        resourceSet.getResources().forEach(r -> r.getContents().stream().filter(CoopFile.class::isInstance)
                .map(CoopFile.class::cast).forEach(files::add));
        this.locale = locale;
        syntaxErrors = resource.getParseResult().getSyntaxErrors().iterator().hasNext()
                || file().map(f -> !injector.getInstance(StrayTokens.class).find(f).isEmpty()).orElse(false);
    }

    public static LoadedModel of(Injector injector, CoopDocument document, Locale locale) {
        return new LoadedModel(injector, document, locale);
    }

    public XtextResource resource() {
        return resource;
    }

    /** The document's own file; empty only for an empty text. */
    public Optional<CoopFile> file() {
        return resource.getContents().stream().filter(CoopFile.class::isInstance).map(CoopFile.class::cast).findFirst();
    }

    public List<CoopFile> files() {
        return files;
    }

    /** The rule catalogue's findings, computed when first asked (only the diagram's picture needs them). */
    public synchronized List<Finding> findings() {
        if (findings == null) {
            findings = new RuleCatalogue(locale).check(files);
        }
        return findings;
    }

    /** The plan a diagram shows: the one named, or the document's first. */
    public Optional<Plan> plan(String name) {
        return file().flatMap(f -> f.getPlans().stream().filter(p -> name == null || name.isEmpty() || name.equals(p.getName()))
                .findFirst());
    }

    /** Whether the text has a syntax error or stray tokens: diagram operations are then refused. */
    public boolean hasSyntaxErrors() {
        return syntaxErrors;
    }

    private XtextResource load(URI uri, String text) {
        XtextResource r = (XtextResource) resourceSet.createResource(uri);
        try {
            r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), resourceSet.getLoadOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return r;
    }

    private static List<Path> siblings(Path own) {
        try (Stream<Path> list = Files.list(own.getParent())) {
            return list.filter(p -> p.getFileName().toString().endsWith(".coop") && Files.isRegularFile(p))
                    .map(p -> p.toAbsolutePath().normalize()).filter(p -> !p.equals(own)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static URI uri(Path path) {
        return URI.createFileURI(path.toString());
    }
}
