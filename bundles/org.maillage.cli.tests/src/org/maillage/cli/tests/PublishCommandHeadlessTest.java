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

/** {@code maillage publish}: the site generator behind a command of its own, with generate's contract. */
class PublishCommandHeadlessTest {

    @TempDir
    Path dir;

    private List<String> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void publishWritesTheSiteInBothLanguagesWithTheDocumentsLanguageAsHome() throws Exception {
        Path out = dir.resolve("site");
        CliRun run = CliRun.in(CliRun.examples().getParent(), "publish", "--lang", "en", "-o", out.toString(),
                "examples/monts-ardeche");
        assertEquals(0, run.exit(), run.toString());
        List<String> files = files(out);
        assertTrue(files.containsAll(List.of("index.html", "index.fr.html", "calendar.en.html", "calendar.fr.html",
                "plan-PlanValEyrieux.en.html", "plan-PlanValEyrieux.fr.html", "plan-PlanValEyrieux-map.en.svg")),
                files.toString());
        assertFalse(files.stream().anyMatch(f -> f.endsWith(".odt") || f.endsWith(".docx")), "no document unasked");
        assertTrue(Files.readString(out.resolve("index.html")).startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(run.out().lines().anyMatch(l -> l.endsWith("index.html")), "the files written are listed");
        assertTrue(CliRun.in(dir, "--help").out().contains("publish"), "the command is listed");
    }

    @Test
    void documentsPutTheConventionsBesideThePagesWhichLinkToThem() throws Exception {
        Path out = dir.resolve("site");
        CliRun run = CliRun.in(CliRun.examples().getParent(), "publish", "--documents", "-o", out.toString(),
                "examples/monts-ardeche");
        assertEquals(0, run.exit(), run.toString());
        List<String> documents = files(out).stream().filter(f -> f.endsWith(".odt") || f.endsWith(".docx")).toList();
        assertFalse(documents.isEmpty());
        String plan = Files.readString(out.resolve("plan-PlanValEyrieux.fr.html"));
        String odt = documents.stream().filter(f -> f.endsWith(".odt")).findFirst().orElseThrow();
        assertTrue(plan.contains("href=\"" + odt + "\"") || Files.readString(out.resolve("plan-PlanLamastre.fr.html"))
                .contains("href=\"" + odt + "\""), "the convention's page links to " + odt);
    }

    @Test
    void usageErrorsAndModelsWithErrorsFollowGeneratesContract() throws Exception {
        CliRun noOutput = CliRun.in(CliRun.examples().getParent(), "publish", "examples/monts-ardeche");
        assertEquals(2, noOutput.exit(), noOutput.toString());
        assertTrue(noOutput.err().startsWith("maillage publish: "), noOutput.err());
        CliRun unknown = CliRun.in(dir, "publish", "--bogus", "-o", "x", "y.coop");
        assertEquals(2, unknown.exit(), unknown.toString());
        Files.writeString(dir.resolve("broken.coop"), "actor X \"X\" public\nplan P \"P\" from 2024 to 2026 { action A \"A\" { Nope: A X } }\n");
        CliRun refused = CliRun.in(dir, "publish", "-o", "site", "broken.coop");
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("maillage publish: "), refused.err());
        assertFalse(Files.exists(dir.resolve("site/index.html")), "nothing published");
    }
}
