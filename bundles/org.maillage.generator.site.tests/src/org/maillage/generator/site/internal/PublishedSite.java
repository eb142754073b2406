package org.maillage.generator.site.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.maillage.dsl.CoopStandaloneSetup;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.load.CoopModel;
import org.maillage.dsl.load.CoopModelLoader;
import org.maillage.generator.GenerationContext;
import org.maillage.generator.GeneratorOptions;
import org.maillage.generator.OutputSink;

import com.google.inject.Injector;

/** A site published in memory from .coop files or text, and what the tests read of it. */
final class PublishedSite {

    private static final Injector INJECTOR = CoopStandaloneSetup.doSetup();
    private static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    final Map<String, byte[]> files = new TreeMap<>();

    private PublishedSite() {
    }

    static PublishedSite of(List<Path> paths, Locale locale) throws Exception {
        INJECTOR.getInstance(DiagnosticLanguage.class).set(locale);
        CoopModel model = INJECTOR.getInstance(CoopModelLoader.class).load(paths);
        PublishedSite site = new PublishedSite();
        OutputSink sink = (name, content) -> {
            if (site.files.put(name, content) != null) {
                throw new IOException("written twice: " + name);
            }
        };
        new SiteGenerator().generate(new GenerationContext(model.files(),
                new GeneratorOptions(List.of("html"), locale, Optional.empty()), sink, new NullProgressMonitor()));
        return site;
    }

    static PublishedSite ofText(Path dir, String text, Locale locale) throws Exception {
        Path file = dir.resolve("model.coop");
        Files.writeString(file, text);
        return of(List.of(file), locale);
    }

    static Path top() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/monts-ardeche"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    List<String> pages() {
        return files.keySet().stream().filter(n -> n.endsWith(".html")).toList();
    }

    String text(String name) {
        byte[] content = files.get(name);
        if (content == null) {
            throw new AssertionError("no file " + name + " among " + files.keySet());
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    /** The href and src values of a page, entities decoded as a browser does. */
    List<String> links(String page) {
        List<String> links = new ArrayList<>();
        Matcher m = HREF.matcher(text(page));
        while (m.find()) {
            links.add(m.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\""));
        }
        return links;
    }

    /** The same page in the other language, the site's default being French. */
    static String english(String frenchPage) {
        return frenchPage.equals("index.html") ? "index.en.html" : frenchPage.replace(".fr.html", ".en.html");
    }

    /** The French pages. */
    List<String> frenchPages() {
        return pages().stream().filter(p -> p.equals("index.html") || p.endsWith(".fr.html")).toList();
    }
}
