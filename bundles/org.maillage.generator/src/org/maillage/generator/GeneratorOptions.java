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

    /** The format the template fills: its file's extension in lower case; empty without a template. */
    public Optional<String> templateFormat() {
        return template.map(t -> {
            String name = t.getFileName().toString();
            return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        });
    }

    /** The formats asked for that the template does not fill (all of them without a template). */
    public List<String> formatsWithoutTemplate() {
        return formats.stream().filter(f -> !templateFormat().orElse("").equals(f)).toList();
    }

    /** French (the default) or English. */
    public boolean english() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
