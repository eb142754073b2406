package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** {@code --format pdf}: each convention's PDF, laid out in the product from its ODT. */
class ConventionPdfHeadlessTest {

    @TempDir
    Path dir;

    @Test
    void pdfOfEachConventionHoldsItsTitleAmountsAndPageNumbers() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.in(CliRun.examples().getParent(), "generate", "convention", "--format", "pdf", "-o",
                out.toString(), "examples/monts-ardeche");
        assertEquals(0, run.exit(), run.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("CadreValEyrieux.pdf", "ConvCircuits.pdf", "ConvSentiers.pdf", "ConvVelo.pdf",
                    "ConvVergers.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "only the PDFs asked for: the ODT they come from is not written");
        }
        byte[] pdf = Files.readAllBytes(out.resolve("ConvVelo.pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        // the extractor puts a space of its own beside the narrow no-break space of "40 000 €"
        String all = text.toString().replaceAll("[\\s\\u00A0\\u202F]+", " ");
        assertTrue(all.contains("Convention de mandat de maîtrise d'ouvrage – itinéraire vélo"),
                "the convention's title: " + all);
        assertTrue(all.contains("40 000 €"), "an amount of the funding table, accents and € intact: " + all);
        assertTrue(all.contains("page 1 / " + reader.getNumberOfPages()), "page x / y at the foot: " + all);
        assertFalse(all.contains("${"), all);
    }

    @Test
    void pdfIsOptionalAndListed() {
        CliRun generators = CliRun.in(dir, "generators");
        assertTrue(generators.out().lines().anyMatch(l -> l.startsWith("convention") && l.contains("odt,docx,md,pdf")),
                generators.out());
        CliRun defaults = CliRun.in(CliRun.examples().getParent(), "generate", "convention", "-o",
                dir.resolve("out").toString(), "examples/monts-ardeche");
        assertEquals(0, defaults.exit(), defaults.toString());
        assertTrue(defaults.out().contains("ConvVelo.odt") && !defaults.out().contains(".pdf"),
                "without --format, the PDF (slower) is not made: " + defaults.out());
    }
}
