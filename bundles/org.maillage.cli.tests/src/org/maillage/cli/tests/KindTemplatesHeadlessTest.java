package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maillage.generator.convention.internal.ConventionGenerator;
import org.maillage.generator.convention.internal.ConventionTexts;

/**
 * The templates of each kind of convention, made at build time (templates/MakeKindTemplates.java):
 * {@code convention-<kind>[_en].odt|docx} hold the kind's own articles, zones and visas as text and
 * none of another kind's; a user's template named for one kind replaces that kind's only.
 */
class KindTemplatesHeadlessTest {

    @TempDir
    Path dir;

    static Stream<Arguments> templates() {
        return ConventionKindsHeadlessTest.KINDS.stream().flatMap(kind -> Stream.of("", "_en").flatMap(
                language -> Stream.of("odt", "docx").map(format -> Arguments.of(kind, language, format))));
    }

    @ParameterizedTest
    @MethodSource("templates")
    void eachKindsTemplateHoldsItsOwnTextAndNoOtherKinds(String kind, String language, String format)
            throws Exception {
        Path template = dir.resolve("convention-" + kind + language + "." + format);
        try (InputStream in = ConventionGenerator.class.getResourceAsStream("/templates/" + template.getFileName())) {
            assertNotNull(in, "the bundle ships " + template.getFileName());
            Files.copy(in, template);
        }
        Locale locale = language.isEmpty() ? Locale.FRENCH : Locale.ENGLISH;
        String xml = DocumentText.xml(template);
        String text = DocumentText.of(template);
        for (String other : ConventionKindsHeadlessTest.KINDS) {
            for (String zone : ConventionTexts.kindZones(other)) {
                assertEquals(other.equals(kind), xml.contains("\"texte_libre_" + zone + "\""),
                        template.getFileName() + ": zone " + zone);
            }
            for (String title : ConventionTexts.kindTitles(other, locale)) {
                assertEquals(other.equals(kind) || ConventionTexts.kindTitles(kind, locale).contains(title),
                        text.contains("– " + title + "\n"), template.getFileName() + ": article « " + title + " »");
            }
            if (locale == Locale.FRENCH) {
                for (String visa : ConventionTexts.kindVisas(other)) {
                    assertEquals(other.equals(kind) || ConventionTexts.kindVisas(kind).contains(visa),
                            text.contains(visa.replaceAll("[\\u00A0\\u202F]", " ")),
                            template.getFileName() + ": visa " + visa);
                }
            }
        }
        assertFalse(xml.contains("[#list articles as article]"), "the kind's articles are text, not the data's");
        assertTrue(xml.contains("[#list articles_before as article]") && xml.contains("[#list articles_after as article]")
                && xml.contains("[#list other_visas as visa]"), "the common parts still come from the data");
    }

    @Test
    void aUsersTemplateNamedForOneKindReplacesThatKindsOnly() throws Exception {
        Path mine = dir.resolve("convention-mandate.odt");
        try (InputStream in = ConventionGenerator.class.getResourceAsStream("/templates/convention-mandate.odt")) {
            Files.write(mine, replaceInContent(in.readAllBytes(), "La présente convention de mandat porte sur",
                    "Rédaction du juriste : la présente convention de mandat porte sur"));
        }
        CliRun mandate = CliRun.in(dir, "generate", "convention", "--format", "odt", "--template", mine.toString(),
                "-o", "mandate", ConventionKindsHeadlessTest.model("mandate").toString());
        assertEquals(0, mandate.exit(), mandate.toString());
        String text = DocumentText.of(dir.resolve("mandate/K.odt"));
        assertTrue(text.contains("Rédaction du juriste : la présente convention de mandat porte sur l'ouvrage suivant"
                + " : « Voie verte du Val Test »"), "the lawyer's wording, its fields filled:\n" + text);
        assertTrue(text.contains("Le mandant, la Communauté de communes du Val Test, qui a arrêté"), text);
        assertFalse(text.contains("${") || text.contains("clause."), "every field filled:\n" + text);
        List<Integer> numbers = new ArrayList<>();
        Matcher heading = Pattern.compile("(?m)^Article (\\d+) – ").matcher(text);
        while (heading.find()) {
            numbers.add(Integer.valueOf(heading.group(1)));
        }
        assertEquals(IntStream.rangeClosed(1, numbers.size()).boxed().toList(), numbers,
                "the kind's articles, numbered in the template, and the data's follow each other");
        assertEquals(17, numbers.size(), "2 common articles, the mandate's 7, then 8 common ones");

        CliRun service = CliRun.in(dir, "generate", "convention", "--format", "odt", "--template", mine.toString(),
                "-o", "service", ConventionKindsHeadlessTest.model("service").toString());
        assertEquals(0, service.exit(), service.toString());
        String other = DocumentText.of(dir.resolve("service/K.odt"));
        assertFalse(other.contains("Rédaction du juriste"), "another kind keeps its own template");
        for (String title : ConventionTexts.kindTitles("service", Locale.FRENCH)) {
            assertTrue(other.contains("– " + title + "\n"), "the service's article « " + title + " »");
        }
    }

    @Test
    void aKindsTemplateInEnglishFillsTheEnglishDocument() throws Exception {
        CliRun run = CliRun.in(dir, "generate", "convention", "--lang", "en", "--format", "odt,docx", "-o", "out",
                ConventionKindsHeadlessTest.model("grouping").toString());
        assertEquals(0, run.exit(), run.toString());
        for (String format : List.of("odt", "docx")) {
            String text = DocumentText.of(dir.resolve("out/K." + format));
            for (String title : ConventionTexts.kindTitles("grouping", Locale.ENGLISH)) {
                assertTrue(text.contains("– " + title + "\n"), format + ": « " + title + " »:\n" + text);
            }
            assertFalse(text.contains("${"), format + ": every field filled");
        }
    }

    /** The ODT with a text of its content.xml replaced. */
    private static byte[] replaceInContent(byte[] odt, String text, String replacement) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(odt));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("content.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    assertTrue(xml.contains(text), "the template says: " + text);
                    content = xml.replace(text, replacement).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                if (entry.getMethod() == ZipEntry.STORED) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(content.length);
                    copy.setCompressedSize(content.length);
                    copy.setCrc(entry.getCrc());
                }
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
