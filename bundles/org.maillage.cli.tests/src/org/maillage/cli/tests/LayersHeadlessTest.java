package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.Test;

/**
 * The project's layering rules, read from the sources of every bundle of the repository: a
 * bundle whose name has no {@code ui} segment touches neither SWT, JFace nor the workbench; an
 * exported package that is not API ({@code internal}, generated {@code impl} and ANTLR packages)
 * says so with {@code x-internal} or {@code x-friends}.
 */
class LayersHeadlessTest {

    private static final Pattern UI_TOOLKIT = Pattern.compile(
            "\\borg\\.eclipse\\.(swt|jface|ui|e4\\.ui)\\b");

    private static final Pattern NOT_API = Pattern.compile("(^|\\.)(internal|impl|antlr)(\\.|$)");

    @Test
    void onlyUiBundlesTouchTheToolkit() throws IOException {
        List<String> offences = new ArrayList<>();
        for (Path bundle : bundles()) {
            if (isUiLayer(bundle.getFileName().toString())) {
                continue;
            }
            Path manifest = bundle.resolve("META-INF/MANIFEST.MF");
            if (Files.exists(manifest) && UI_TOOLKIT.matcher(dependencies(manifest)).find()) {
                offences.add(bundle.getFileName() + "/META-INF/MANIFEST.MF");
            }
            for (Path source : javaSources(bundle)) {
                for (String line : Files.readAllLines(source)) {
                    if (line.startsWith("import ") && UI_TOOLKIT.matcher(line).find()) {
                        offences.add(bundle.relativize(source) + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), offences, "only bundles named *.ui* may use SWT, JFace or the workbench");
    }

    @Test
    void nonApiPackagesAreExportedAsInternal() throws Exception {
        List<String> offences = new ArrayList<>();
        for (Path bundle : bundles()) {
            Path manifest = bundle.resolve("META-INF/MANIFEST.MF");
            if (!Files.exists(manifest)) {
                continue;
            }
            String exports = header(manifest, "Export-Package");
            if (exports == null) {
                continue;
            }
            for (ManifestElement element : ManifestElement.parseHeader("Export-Package", exports)) {
                boolean hidden = "true".equals(element.getDirective("x-internal"))
                        || element.getDirective("x-friends") != null;
                if (NOT_API.matcher(element.getValue()).find() && !hidden) {
                    offences.add(bundle.getFileName() + ": " + element.getValue());
                }
            }
        }
        assertEquals(List.of(), offences, "non-API packages must be exported with x-internal or x-friends");
    }

    /**
     * A plugin.xml that is not well-formed XML (a double hyphen in a comment is enough) is ignored
     * whole by the extension registry, with one line in the log: its commands and generators vanish.
     */
    @Test
    void everyPluginXmlIsWellFormed() throws Exception {
        List<String> offences = new ArrayList<>();
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Path bundle : bundles()) {
            for (String name : List.of("plugin.xml", "fragment.xml")) {
                Path file = bundle.resolve(name);
                if (!Files.exists(file)) {
                    continue;
                }
                javax.xml.parsers.DocumentBuilder parser = factory.newDocumentBuilder();
                parser.setErrorHandler(null);
                try {
                    parser.parse(file.toFile());
                } catch (org.xml.sax.SAXParseException e) {
                    offences.add(bundle.getFileName() + "/" + name + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                            + ": " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), offences, "the extension registry ignores a plugin.xml that does not parse");
    }

    @Test
    void theRulesSeeTheRepository() throws IOException {
        List<Path> bundles = bundles();
        assertTrue(bundles.stream().anyMatch(b -> b.endsWith("org.maillage.cli")), bundles.toString());
        assertTrue(bundles.stream().anyMatch(b -> isUiLayer(b.getFileName().toString())), bundles.toString());
        assertTrue(UI_TOOLKIT.matcher("import org.eclipse.swt.widgets.Display;").find());
        assertTrue(NOT_API.matcher("org.maillage.model.coop.impl").find());
    }

    /** The layer is the name's segments: {@code org.maillage.vcs.ui} and {@code org.maillage.nl.fr.ui.views} are UI. */
    private static boolean isUiLayer(String bundleName) {
        return List.of(bundleName.split("\\.")).contains("ui") || bundleName.startsWith("org.maillage.nl.fr.");
    }

    private static String dependencies(Path manifest) throws IOException {
        String required = header(manifest, "Require-Bundle");
        String imported = header(manifest, "Import-Package");
        return (required == null ? "" : required) + "," + (imported == null ? "" : imported);
    }

    private static String header(Path manifest, String name) throws IOException {
        try (InputStream in = Files.newInputStream(manifest)) {
            return new Manifest(in).getMainAttributes().getValue(name);
        }
    }

    private static List<Path> javaSources(Path bundle) throws IOException {
        Path sources = bundle.resolve("src");
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static List<Path> bundles() throws IOException {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("mvnw"))) {
            directory = directory.getParent();
        }
        assertTrue(directory != null, "the tests run inside the repository");
        try (Stream<Path> children = Files.list(directory.resolve("bundles"))) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }
}
