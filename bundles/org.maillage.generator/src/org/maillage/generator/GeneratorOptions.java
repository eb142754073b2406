package org.maillage.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the user chose: the formats (file extensions) to write, the language of the documents,
 * and an optional template file replacing the generator's own.
 */
public record GeneratorOptions(List<String> formats, Locale locale, Optional<Path> template) {

    public GeneratorOptions {
        formats = List.copyOf(formats);
    }

    public boolean wants(String format) {
        return formats.contains(format);
    }

    /** French (the default) or English. */
    public boolean english() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
