package org.maillage.generator.convention.internal.pdf;

import java.io.IOException;

import org.maillage.generator.GenerationContext;
import org.maillage.generator.GeneratorOptions;

/** {@code --format pdf}: the PDF of each convention, made from its ODT (which is then filled even when not asked for). */
public final class Pdf {

    private Pdf() {
    }

    /** Whether the document of {@code format} must be filled: asked for, or the ODT a PDF is made from. */
    public static boolean needs(GeneratorOptions options, String format) {
        return options.wants(format) || format.equals("odt") && options.wants("pdf");
    }

    /** Writes {@code <id>.pdf} from the ODT just filled, when the PDF is asked for. */
    public static void write(GenerationContext context, String format, String id, byte[] document) throws IOException {
        if (format.equals("odt") && context.options().wants("pdf")) {
            context.sink().write(id + ".pdf", OdtPdf.convert(document, "page"));
        }
    }
}
