package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.dsl.ide.CoopIdeSetup;
import org.maillage.dsl.load.CoopModel;
import org.maillage.dsl.load.CoopModelLoader;
import org.maillage.dsl.samples.PlanGenerator;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.exchange.Exchange;

import com.google.inject.Injector;

/** text → XMI or JSON → text gives the same model; hostile exchange files are refused. */
class ExchangeHeadlessTest {

    private static final Injector INJECTOR = new CoopIdeSetup().createInjectorAndDoEMFRegistration();

    @TempDir
    Path dir;

    private static CoopFile merged(Path... paths) throws Exception {
        CoopModel model = INJECTOR.getInstance(CoopModelLoader.class).load(List.of(paths));
        assertTrue(model.validate().stream().noneMatch(CoopModel::isLanguageError));
        return Exchange.merge(new ArrayList<>(Exchange.copies(model.files())));
    }

    @ParameterizedTest
    @ValueSource(strings = { "xmi", "json" })
    void examplesSurviveTheRoundTrip(String format) throws Exception {
        Path exported = dir.resolve("model." + format);
        CliRun export = CliRun.in(CliRun.examples().getParent(), "export", "--format", format, "-o",
                exported.toString(), "examples/monts-ardeche");
        assertEquals(0, export.exit(), export.toString());
        CliRun imported = CliRun.in(dir, "import", "model." + format, "-o", "back.coop");
        assertEquals(0, imported.exit(), imported.toString());
        assertTrue(EcoreUtil.equals(merged(CliRun.examples().resolve("monts-ardeche")), merged(dir.resolve("back.coop"))));
        assertEquals(0, CliRun.in(dir, "format", "--check", "back.coop").exit(), "import writes formatted text");
        assertEquals(2, CliRun.in(dir, "import", "model." + format, "-o", "back.coop").exit(), "no silent overwrite");
        assertEquals(0, CliRun.in(dir, "import", "--force", "model." + format, "-o", "back.coop").exit());
    }

    @Test
    void twoHundredGeneratedPlansSurviveTextToXmiToText() throws Exception {
        for (int seed = 0; seed < 200; seed++) {
            Path source = dir.resolve("gen" + seed + ".coop");
            Files.writeString(source, new PlanGenerator(seed, PlanGenerator.Size.S).generate());
            CoopFile original = merged(source);
            Path xmi = dir.resolve("gen" + seed + ".xmi");
            try (var out = Files.newOutputStream(xmi)) {
                Exchange.forFormat("xmi").write(List.of(original), out);
            }
            CliRun back = CliRun.in(dir, "import", xmi.getFileName().toString(), "-o", "back" + seed + ".coop");
            assertEquals(0, back.exit(), back.toString());
            assertTrue(EcoreUtil.equals(original, merged(dir.resolve("back" + seed + ".coop"))), "seed " + seed);
        }
    }

    @Test
    void exportRefusesSyntaxAndReferenceErrorsButNotFindings() throws Exception {
        Files.writeString(dir.resolve("bad.coop"), "actor X \"x\" public covers Nowhere\n");
        CliRun refused = CliRun.in(dir, "export", "--format", "xmi", "-o", "out.xmi", "bad.coop");
        assertEquals(1, refused.exit());
        assertFalse(Files.exists(dir.resolve("out.xmi")));
        Files.writeString(dir.resolve("findings.coop"), "actor X \"x\" public\n");
        assertEquals(0, CliRun.in(dir, "export", "--format", "json", "-o", "out.json", "findings.coop").exit());
    }

    @Test
    void xmiWithAnExternalEntityOrDoctypeIsRefused() throws Exception {
        Files.writeString(dir.resolve("xxe.xmi"), """
                <?xml version="1.0"?>
                <!DOCTYPE x [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <coop:CoopFile xmlns:coop="http://maillage.org/coop/1.0" xmlns:xmi="http://www.omg.org/XMI" xmi:version="2.0">
                  <actors name="&secret;" title="x"/>
                </coop:CoopFile>
                """);
        CliRun run = CliRun.in(dir, "import", "xxe.xmi", "-o", "out.coop");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().startsWith("maillage import: xxe.xmi: "), run.err());
        assertFalse(run.err().contains("root:"), "the entity was never expanded");
        assertFalse(Files.exists(dir.resolve("out.coop")));
    }

    @Test
    void jsonWithWrongTypesOrUnknownNamesIsRefused() throws Exception {
        Files.writeString(dir.resolve("wrong.json"), """
                {"format": "maillage-coop", "version": 1, "files": [
                  {"type": "CoopFile", "actors": [{"type": "Actor", "name": "X", "title": 3, "kind": "public"}]}]}
                """);
        CliRun wrong = CliRun.in(dir, "import", "wrong.json", "-o", "out.coop");
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().contains("files[0].actors[0].title"), wrong.err());
        Files.writeString(dir.resolve("dangling.json"), """
                {"format": "maillage-coop", "version": 1, "files": [
                  {"type": "CoopFile", "actors": [{"type": "Actor", "name": "X", "covers": ["Nowhere"]}]}]}
                """);
        CliRun dangling = CliRun.in(dir, "import", "dangling.json", "-o", "out.coop");
        assertEquals(1, dangling.exit());
        assertTrue(dangling.err().contains("Nowhere"), dangling.err());
        try (InputStream in = Files.newInputStream(dir.resolve("wrong.json"))) {
            assertTrue(in.available() > 0);
        }
    }
}
