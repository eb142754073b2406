package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maillage.generator.template.DocumentTemplate;
import org.maillage.generator.template.TemplateLimits;
import org.maillage.generator.template.TemplateRefusedException;
import org.maillage.generator.template.internal.BoundedFreemarkerEngine;
import org.maillage.generator.template.internal.UntrustedConfiguration;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;

/**
 * Untrusted convention templates (security issue): a template may lay out the model's data and
 * nothing else. Each hostile construct goes through the real command line (ODT and DOCX), which
 * must refuse it in one line naming the template and the construct, exit 1 and write nothing;
 * the bounds (time, output, memory, size) through the template API with small bounds.
 */
class HostileTemplateHeadlessTest {

    @TempDir
    Path dir;

    private CliRun generate(String format, Path template) {
        return CliRun.in(dir, "generate", "convention", "--format", format, "--template", template.toString(), "-o",
                "out", CliRun.examples().resolve("monts-ardeche").toString());
    }

    private void assertRefused(CliRun run, String template, String construct) throws Exception {
        assertEquals(1, run.exit(), run.toString());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "one line: " + run.err());
        assertTrue(lines.get(0).contains(template) && lines.get(0).contains(construct), run.err());
        assertFalse(Files.exists(dir.resolve("out")) && Files.list(dir.resolve("out")).findAny().isPresent(),
                "nothing written");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "odt  | ${\"freemarker.template.utility.Execute\"?new()(\"touch PWNED\")} | ?new",
            "docx | ${\"freemarker.template.utility.Execute\"?new()(\"touch PWNED\")} | ?new",
            "odt  | ${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"PWNED\").createNewFile()?c} | ?new",
            "docx | [#assign j = \"freemarker.template.utility.JythonRuntime\"?new()][@j]open('PWNED','w')[/@j] | ?new",
            "odt  | ${t?api.getClass().forName(\"java.lang.Runtime\")} | ?api",
            "docx | ${convention?api.get(\"title\")} | ?api",
            "odt  | [#assign x = \"[#list 1.. as i][/#list]\"?interpret][@x/] | ?interpret",
            "docx | ${\"1 + 1\"?eval} | ?eval",
            "odt  | ${\"[1, 2]\"?eval_json?size} | ?eval_json",
            "odt  | [#include \"/etc/passwd\"] | #include",
            "docx | [#include \"../../../../etc/passwd\"] | #include",
            "odt  | [#import \"content.xml\" as c] | #include",
            "docx | [#import \"/etc/hostname\" as h] | #include",
            "odt  | ${___TemplateEngine.freemarkerConfiguration} | ___TemplateEngine",
            "docx | ${.data_model[\"___TemplateEngine\"]} | ___TemplateEngine",
            "odt  | [#list .data_model?values as v]${v?is_string?c}[/#list] | .data_model?values",
            "docx | ${___context.contextMap[\"___TemplateEngine\"]} | ___context",
            "odt  | [#setting new_builtin_class_resolver=\"unrestricted\"] | erreur de syntaxe",
            "odt  | [#macro m][@m/][/#macro][@m/] | récursion",
            "odt  | ${\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\"?matches(\"(a+)+$\")?c} | ?matches",
            "docx | ${convention.title?replace(\"(a+)+$\", \"x\", \"r\")} | ?replace(…, flags)",
            "odt  | ${convention.title?split(\"(a+)+$\", \"ri\")?size} | ?split(…, flags)",
            "odt  | ${\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\"?ensure_starts_with(\"(.*a){12}$\", \"x\")} | ?ensure_starts_with",
            "docx | [#assign r = \"aaaa!\"?replace]${r(\"(.*a){12}$\", \"x\", \"r\")} | ?replace",
            "odt  | ${(1..2000)?map(i -> (1..2000)?seq_contains(-1))?seq_contains(true)?c} | ->",
            "docx | ${parties?map(p -> p.title)?join(\", \")} | ->",
            "odt  | [#list (1..2000000000)?filter(x -> x lt 0) as x][/#list] | ->",
            "docx | ${(1..2000000000)?seq_contains(-1)?c} | ..", })
    void aHostileConstructIsRefusedAndNothingRuns(String format, String construct, String named) throws Exception {
        Path template = HostileTemplates.withParagraph(format, construct, dir.resolve("hostile." + format));
        CliRun run = generate(format, template);
        assertRefused(run, "hostile." + format, named.equals("récursion") ? "s'imbriquent sans fin" : named);
        assertFalse(Files.exists(dir.resolve("PWNED")), "no command ran, no file was made");
        assertFalse(Files.exists(Path.of("PWNED")), "no command ran, no file was made");
    }

    @Test
    void aTemplateThatOnlyReadsTheDataIsFilled() throws Exception {
        Path template = HostileTemplates.withParagraph("odt",
                "[#list .data_model?keys as k][#if !k?starts_with(\"_\")]${k} [/#if][/#list]"
                        + "${convention.title?upper_case} [#list parties as p]${p?index}[/#list]"
                        + " [#list 1..3 as i]${i}[#sep],[/#list] ${\"1..2 -> x\"}",
                dir.resolve("fine.odt"));
        CliRun run = generate("odt", template);
        assertEquals(0, run.exit(), run.toString());
        String content = contentXml(dir.resolve("out/ConvVelo.odt"));
        assertTrue(content.contains("1,2,3") && content.contains("CONVENTION"), content);
    }

    @Test
    void anXmlEntityIsNeverResolved() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path template = HostileTemplates.rewritten("odt", dir.resolve("xxe.odt"), xml -> xml.replaceFirst(
                "\\?>", Matcher.quoteReplacement("?><!DOCTYPE x [<!ENTITY s SYSTEM \"file://"
                        + dir.resolve("secret.txt") + "\">]>"))
                .replaceFirst(HostileTemplates.BODY.get("odt"), "$1<text:p>&s;</text:p>"));
        CliRun run = generate("odt", template);
        assertRefused(run, "xxe.odt", "<!DOCTYPE>");
    }

    @Test
    void anEntityInAnEntryOfAnotherEncodingIsNeverResolved() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String doctype = "<!DOCTYPE Relationships [<!ENTITY s SYSTEM \"file://" + dir.resolve("secret.txt") + "\">]>";
        Path template = HostileTemplates.rewritten(HostileTemplates.original("docx"), "word/_rels/document.xml.rels",
                dir.resolve("utf32.docx"),
                xml -> (doctype + new String(xml, java.nio.charset.StandardCharsets.UTF_8)
                        .replaceFirst("^<\\?xml[^>]*\\?>", "")).getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
        assertRefused(generate("docx", template), "utf32.docx", "n'est pas en UTF-8");
    }

    @Test
    void theOutputBoundHoldsForTheWholeDocument() throws Exception {
        Path content = HostileTemplates.rewritten("odt", dir.resolve("one.odt"), xml -> xml.replaceFirst(
                "(?s)(<office:text[^>]*>).*</office:text>",
                "$1<text:p>[#list 1..60000 as i]0123456789[/#list]</text:p></office:text>"));
        Path both = HostileTemplates.rewritten(content, "styles.xml", dir.resolve("both.odt"), xml -> new String(xml,
                java.nio.charset.StandardCharsets.UTF_8).replaceFirst("(<office:styles>)",
                        "$1<style:style style:name=\"[#list 1..60000 as i]0123456789[/#list]\" style:family=\"paragraph\"/>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TemplateLimits limits = TemplateLimits.DEFAULT.withMaxOutputChars(1_000_000);
        try (InputStream in = Files.newInputStream(content)) {
            assertTrue(DocumentTemplate.read(in, "one.odt", List.of(), Locale.FRENCH, limits).fill(Map.of()).length > 0,
                    "600,000 characters in one entry: within the bound");
        }
        try (InputStream in = Files.newInputStream(both)) {
            DocumentTemplate two = DocumentTemplate.read(in, "both.odt", List.of(), Locale.FRENCH, limits);
            TemplateRefusedException refused = assertThrows(TemplateRefusedException.class, () -> two.fill(Map.of()));
            assertTrue(refused.getMessage().contains("1 millions de caractères"), refused.getMessage());
        }
    }

    @Test
    void aZipBombOrAFileThatIsNoDocumentIsRefused() throws Exception {
        assertRefused(generate("odt", HostileTemplates.zipBomb(dir.resolve("bomb.odt"), 200)), "bomb.odt", "Mo");
        Files.writeString(dir.resolve("text.odt"), "not a zip at all");
        assertRefused(generate("odt", dir.resolve("text.odt")), "text.odt", "ODT ou DOCX");
    }

    /** The document template reduced to one paragraph holding {@code construct}. */
    private DocumentTemplate only(String construct, TemplateLimits limits) throws Exception {
        Path file = HostileTemplates.rewritten("odt", dir.resolve("only.odt"), xml -> xml.replaceFirst(
                "(?s)(<office:text[^>]*>).*</office:text>",
                "$1" + Matcher.quoteReplacement("<text:p>" + construct + "</text:p></office:text>")));
        try (InputStream in = Files.newInputStream(file)) {
            return DocumentTemplate.read(in, "only.odt", List.of(), Locale.FRENCH, limits);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anEndlessLoopStopsAtTheTimeBoundAndTheThreadIsUsableAfter() throws Exception {
        TemplateLimits limits = TemplateLimits.DEFAULT.withTime(Duration.ofSeconds(2));
        for (String loop : List.of("[#list 1.. as i][/#list]", "[#list 1.. as i]${i}[#if false]x[/#if][/#list]",
                "[#list 1..2147483647 as i][#list 1..2147483647 as j][/#list][/#list]")) {
            TemplateRefusedException refused = assertThrows(TemplateRefusedException.class,
                    () -> only(loop, limits.withMaxOutputChars(Long.MAX_VALUE)).fill(Map.of()));
            assertTrue(refused.getMessage().contains("2 s"), refused.getMessage());
            assertFalse(Thread.currentThread().isInterrupted(), "the interrupt is cleared");
        }
        assertTrue(only("${x}", limits).fill(Map.of("x", "après")).length > 0, "the next document fills");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aHugeOutputOrAnExponentialStringIsStopped() throws Exception {
        TemplateLimits limits = TemplateLimits.DEFAULT.withTime(Duration.ofSeconds(20)).withMaxOutputChars(1_000_000);
        TemplateRefusedException output = assertThrows(TemplateRefusedException.class,
                () -> only("[#list 1..100000000 as i]0123456789[/#list]", limits).fill(Map.of()));
        assertTrue(output.getMessage().contains("1 millions de caractères"), output.getMessage());
        TemplateRefusedException doubling = assertThrows(TemplateRefusedException.class,
                () -> only("[#assign s = \"x\"][#list 1..64 as i][#assign s = s + s][/#list]${s}", limits)
                        .fill(Map.of()));
        assertTrue(doubling.getMessage().contains("only.odt"), doubling.getMessage());
    }

    @Test
    void theEngineXDocReportUsesHasTheUntrustedSettingsOfTheBundledFreeMarker() throws Exception {
        assertEquals("2.3.32", Configuration.getVersion().toString().replace("-stable", ""),
                "the settings below were checked against this FreeMarker; check them again on upgrade");
        BoundedFreemarkerEngine engine = new BoundedFreemarkerEngine(TemplateLimits.DEFAULT);
        assertTrue(UntrustedConfiguration.isHardened(engine.getFreemarkerConfiguration()));
        Configuration replaced = new Configuration(Configuration.VERSION_2_3_32);
        engine.setFreemarkerConfiguration(replaced);
        assertTrue(UntrustedConfiguration.isHardened(replaced), "XDocReport's own hook cannot loosen them");
        Template direct = new Template("t", new StringReader("${'freemarker.template.utility.Execute'?new()}"),
                replaced);
        TemplateException refused = assertThrows(TemplateException.class,
                () -> direct.process(Map.of(), new StringWriter()));
        assertTrue(refused.getMessage().contains("not allowed"), refused.getMessage());
    }

    private static String contentXml(Path odt) throws Exception {
        try (var zip = new java.util.zip.ZipFile(odt.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
