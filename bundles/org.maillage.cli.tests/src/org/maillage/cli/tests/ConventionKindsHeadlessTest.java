package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maillage.generator.convention.internal.ConventionTexts;

/**
 * One test model per kind of convention (bundles/org.maillage.cli.tests/conventions/<kind>.coop):
 * the generated ODT, DOCX and Markdown hold the kind's visas (from the table of legal references)
 * and its own articles with their user zones, and none of another kind's.
 */
class ConventionKindsHeadlessTest {

    static final List<String> KINDS = List.of("framework", "application", "delegation", "mandate", "transfer",
            "service", "provision", "partnership", "grouping");

    @TempDir
    Path dir;

    static Path model(String kind) {
        return CliRun.examples().getParent().resolve("bundles/org.maillage.cli.tests/conventions/" + kind + ".coop");
    }

    @ParameterizedTest
    @ValueSource(strings = { "framework", "application", "delegation", "mandate", "transfer", "service", "provision",
            "partnership", "grouping" })
    void eachKindHasItsVisasAndArticlesAndNoOtherKinds(String kind) throws Exception {
        CliRun run = CliRun.in(dir, "generate", "convention", "--format", "odt,docx,md", "-o", "out",
                model(kind).toString());
        assertEquals(0, run.exit(), run.toString());
        for (String format : List.of("odt", "docx", "md")) {
            Path document = dir.resolve("out/K." + format);
            String text = DocumentText.of(document);
            String xml = DocumentText.xml(document);
            for (String other : KINDS) {
                for (String zone : ConventionTexts.kindZones(other)) {
                    String marker = format.equals("odt") ? "text:name=\"texte_libre_" + zone + "\""
                            : format.equals("docx") ? "w:name=\"texte_libre_" + zone + "\""
                                    : "<!-- texte_libre_" + zone + " -->";
                    assertEquals(other.equals(kind), xml.contains(marker), format + " of " + kind + ": zone " + zone);
                }
                for (String title : ConventionTexts.kindTitles(other, Locale.FRENCH)) {
                    assertEquals(other.equals(kind) || ConventionTexts.kindTitles(kind, Locale.FRENCH).contains(title),
                            text.contains("– " + title + "\n"), format + " of " + kind + ": article « " + title + " »");
                }
                for (String visa : ConventionTexts.kindVisas(other)) {
                    assertEquals(other.equals(kind) || ConventionTexts.kindVisas(kind).contains(visa),
                            text.contains(visa.replaceAll("[\\u00A0\\u202F]", " ")), format + " of " + kind + ": visa " + visa);
                }
            }
            for (String common : List.of("texte_libre_preambule", "texte_libre_engagements", "texte_libre_finances")) {
                assertTrue(xml.contains(common), format + ": common zone " + common);
            }
            assertEquals(List.of("framework", "application", "partnership").contains(kind),
                    text.contains("Vu la charte du Parc naturel régional"), format + " of " + kind + ": the charter only with the Park");
            assertEquals(kind.equals("application"), text.contains("chef de file"),
                    format + " of " + kind + ": a chef de file only with a lead passing EU aid on");
            assertEquals(List.of("application", "service").contains(kind), text.contains("règlement (UE) 2021/1060"),
                    format + " of " + kind + ": EU law only with EU money");
            assertEquals(kind.equals("application"), text.contains("règlement (UE) 2021/2115"), format + ": LEADER");
            assertEquals(kind.equals("service"), text.contains("règlement (UE) 2021/1058"), format + ": FEDER");
            if (format.equals("docx")) {
                List<String> ids = new ArrayList<>();
                Matcher m = Pattern.compile("<w:bookmarkStart w:id=\"(\\d+)\" w:name=\"texte_libre_").matcher(xml);
                while (m.find()) {
                    ids.add(m.group(1));
                }
                assertEquals(ids.size(), ids.stream().distinct().count(), "unique bookmark ids: " + ids);
            }
        }
    }
}
