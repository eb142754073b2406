package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Convention skeletons in Markdown: one per convention, with the structure of a French convention. */
class ConventionGeneratorHeadlessTest {

    @TempDir
    Path dir;

    @Test
    void oneSkeletonPerConventionWithTheExpectedStructure() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.in(CliRun.examples().getParent(), "generate", "convention", "--format", "md", "-o",
                out.toString(), "examples/monts-ardeche");
        assertEquals(0, run.exit(), run.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("CadreValEyrieux.md", "ConvCircuits.md", "ConvSentiers.md", "ConvVelo.md", "ConvVergers.md"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String md = Files.readString(out.resolve("ConvSentiers.md"));
        List<String> headings = md.lines().filter(l -> l.startsWith("## ")).toList();
        assertEquals(List.of("## Entre les soussignés", "## Préambule", "## Article 1 – Objet",
                "## Article 2 – Durée et entrée en vigueur", "## Article 3 – Rattachement à la convention cadre",
                "## Article 4 – Calendrier et moyens", "## Article 5 – Engagements des parties",
                "## Article 6 – Gouvernance", "## Article 7 – Dispositions financières", "## Article 8 – Communication",
                "## Article 9 – Suivi et évaluation", "## Article 10 – Modification", "## Article 11 – Résiliation",
                "## Article 12 – Litiges", "## Signatures", "## Annexes"), headings);
        String text = DocumentText.of(out.resolve("ConvSentiers.md"));
        assertTrue(text.contains("Le Syndicat mixte du PNR des Monts d'Ardèche, représenté par le Président du Syndicat"
                + " mixte, dûment habilité par délibération n° 2024-012 du comité syndical du 8 février 2024, ci-après"
                + " dénommé « le Parc » ;"), "the party, its signatory and deliberation from the model: " + text);
        assertTrue(text.contains("L'Office de tourisme Ardèche Hautes Vallées, représenté par [nom et qualité du"
                + " signataire — à compléter], agissant en vertu de la délibération n° [à compléter] du [à compléter],"
                + " ci-après dénommé « l'Office de tourisme »."), "placeholders where the model is silent: " + text);
        assertTrue(text.contains("Vu le code de l'environnement, notamment ses articles L. 333-1 et suivants"),
                "the Park's code, since the Park is a party");
        assertTrue(text.contains("Vu la convention cadre « Convention cadre du plan de coopération Parc – CC Val'Eyrieux »"
                + " signée le 8 janvier 2024 ;"), "the framework convention");
        assertTrue(text.contains("- assurer la maîtrise d'ouvrage de l'action « Schéma des sentiers de randonnée » et en"
                + " arrêter le programme et l'enveloppe financière prévisionnelle"), "roles as obligations: " + text);
        assertTrue(text.contains("LEADER — le GAL LEADER Ardèche³ : 48 000 € (48 %)"),
                "the financing plan of the covered action: " + text);
        assertTrue(text.contains("80 %"), "the EU rules, since LEADER money is involved");
        assertTrue(text.contains("Kilomètres de sentiers balisés — cible : 120 km"));
        assertTrue(text.contains("Elle s'applique du 1er mars 2024 au 31 décembre 2026."));
        assertTrue(text.contains("Signée le 1er mars 2024"), "the status on the cover");
        assertTrue(text.contains("- Avenant n° 1 – 15 km de sentiers supplémentaires, du 12 juin 2025."), "amendments");
        assertTrue(text.contains("Fait à [lieu], le [date], en 3 exemplaires originaux."));
    }

    private static String contentXml(Path odt) throws Exception {
        try (var zip = new java.util.zip.ZipFile(odt.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("content.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void odtIsFilledFromTheDefaultTemplateOrTheUsersOwn() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.in(CliRun.examples().getParent(), "generate", "convention", "--format", "odt", "-o",
                out.toString(), "examples/monts-ardeche");
        assertEquals(0, run.exit(), run.toString());
        String content = contentXml(out.resolve("ConvVelo.odt"));
        assertTrue(content.contains("Convention de mandat de maîtrise d&apos;ouvrage")
                || content.contains("Convention de mandat de maîtrise d'ouvrage"), content);
        assertTrue(content.contains("Entre les soussignés") && content.contains("Article 12 – Dispositions financières"));
        assertTrue(content.contains("GAL LEADER Ardèche³")
                && content.replaceAll("[\\u00A0\\u202F]", " ").contains("40 000 €"), "the funding table");
        assertFalse(content.contains("${") || content.contains("[#list"), "every field filled, every directive run");

        CliRun docx = CliRun.in(CliRun.examples().getParent(), "generate", "convention", "--format", "docx", "-o",
                out.toString(), "examples/monts-ardeche");
        assertEquals(0, docx.exit(), docx.toString());
        String word;
        try (var zip = new java.util.zip.ZipFile(out.resolve("ConvVelo.docx").toFile())) {
            word = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        assertFalse(word.contains("${") || word.contains("[#list"), "every field filled in the DOCX too");
        assertTrue(word.contains("Entre les soussignés") && word.contains("GAL LEADER Ardèche³")
                && word.contains("Département de l"), "both funding rows of the table");

        Path template = dir.resolve("mine.odt");
        try (var in = new java.util.zip.ZipFile(out.resolve("ConvVelo.odt").toFile())) {
            assertTrue(in.size() > 0);
        }
        java.nio.file.Files.copy(CliRun.examples().getParent()
                .resolve("bundles/org.maillage.generator.convention/templates/convention.odt"), template);
        CliRun mine = CliRun.in(dir, "generate", "convention", "--format", "odt", "--template", "mine.odt",
                "--lang", "en", "-o", "out2", CliRun.examples().resolve("monts-ardeche").toString());
        assertEquals(0, mine.exit(), mine.toString());
        assertTrue(contentXml(dir.resolve("out2/ConvVelo.odt")).contains("Between the undersigned"),
                "the user's template, in English");
    }

    @Test
    void aTemplateOfOneFormatSaysWhichDocumentsItFills() throws Exception {
        Files.copy(HostileTemplates.original("odt"), dir.resolve("mine.odt"));
        String example = CliRun.examples().resolve("monts-ardeche").toString();
        CliRun all = CliRun.in(dir, "generate", "convention", "--template", "mine.odt", "-o", "out", example);
        assertEquals(0, all.exit(), all.toString());
        assertEquals("maillage generate: avertissement : le modèle « mine.odt » ne remplit que les documents odt ;"
                + " les documents docx, md sont produits sans lui", all.err().strip());
        CliRun unused = CliRun.in(dir, "generate", "convention", "--format", "docx", "--template", "mine.odt", "-o",
                "out2", example);
        assertEquals(0, unused.exit(), unused.toString());
        assertEquals("maillage generate: avertissement : le modèle « mine.odt » ne remplit que les documents odt, qui"
                + " ne sont pas demandés (docx) : il n'est pas utilisé", unused.err().strip());
        CliRun one = CliRun.in(dir, "generate", "convention", "--format", "odt", "--template", "mine.odt", "-o",
                "out3", example);
        assertEquals("", one.err(), "no warning when the template fills every document asked for");
    }

    @Test
    void userTextCannotInjectMarkupIntoTheSkeleton() throws Exception {
        Files.writeString(dir.resolve("m.coop"), """
                actor X "<script>alert(1)</script> [lien](javascript:alert(2))" public
                actor Y "Y" public
                function F "F"
                plan P "P" from 2024 to 2026 {
                    action Act "a" {
                        F: A/R X, C Y
                        indicator "i"
                    }
                    convention K "K" kind partnership between X, Y covers Act {
                        committee Cop "C" members X
                    }
                }
                """);
        assertEquals(0, CliRun.in(dir, "generate", "convention", "-o", "out", "m.coop").exit());
        String content = contentXml(dir.resolve("out/K.odt"));
        assertFalse(content.contains("<script>"), "escaped in the ODT too");
        assertTrue(content.contains("&lt;script&gt;"));
        String md = Files.readString(dir.resolve("out/K.md"));
        assertFalse(md.contains("<script>") || md.contains("[lien]("), md);
        assertTrue(md.contains("\\<script\\>") && md.contains("\\[lien\\]"), "escaped, shown as text: " + md);
    }
}
