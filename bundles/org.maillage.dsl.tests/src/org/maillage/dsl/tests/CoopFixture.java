package org.maillage.dsl.tests;

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
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.maillage.dsl.CoopStandaloneSetup;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.model.coop.CoopFile;

import com.google.inject.Injector;

/** Parses .coop texts or files into one resource set, as the command line does, and validates them. */
public final class CoopFixture {

    private static final Injector INJECTOR = CoopStandaloneSetup.doSetup();

    private final XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);

    public CoopFixture(Locale locale) {
        INJECTOR.getInstance(DiagnosticLanguage.class).set(locale);
    }

    public CoopFixture() {
        this(Locale.FRENCH);
    }

    public static Injector injector() {
        return INJECTOR;
    }

    /** Adds a file with the given content, named {@code name}.coop. */
    public XtextResource add(String name, String text) {
        try {
            XtextResource resource = (XtextResource) set.createResource(URI.createURI("mem:/" + name + ".coop"));
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
            return resource;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds every .coop file under a folder. */
    public CoopFixture addFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".coop")).sorted().toList()) {
                set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
            }
        }
        return this;
    }

    public XtextResourceSet resourceSet() {
        return set;
    }

    public CoopFile file(XtextResource resource) {
        return (CoopFile) resource.getContents().get(0);
    }

    /** All issues of all files, after resolving every reference. */
    public List<Issue> validate() {
        EcoreUtil.resolveAll(set);
        IResourceValidator validator = INJECTOR.getInstance(IResourceValidator.class);
        List<Issue> issues = new ArrayList<>();
        for (Resource resource : List.copyOf(set.getResources())) {
            issues.addAll(validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
        }
        return issues;
    }

    /** The path of the examples folder of this repository. */
    public static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/monts-ardeche"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("examples/ not found above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("examples");
    }
}
