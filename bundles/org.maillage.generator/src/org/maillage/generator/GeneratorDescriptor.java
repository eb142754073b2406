package org.maillage.generator;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What the registry knows of a generator without loading it: id, name and description (in each
 * language), formats and contributing bundle. {@link #create()} loads its class.
 */
public final class GeneratorDescriptor {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+");

    private final String id;
    private final Function<Locale, String> name;
    private final Function<Locale, String> description;
    private final List<String> formats;
    private final String contributor;
    private final boolean templates;
    private final Supplier<IGenerator> factory;
    private List<String> optionalFormats = List.of();

    public GeneratorDescriptor(String id, Function<Locale, String> name, Function<Locale, String> description,
            List<String> formats, String contributor, Supplier<IGenerator> factory) {
        this(id, name, description, formats, contributor, false, factory);
    }

    public GeneratorDescriptor(String id, Function<Locale, String> name, Function<Locale, String> description,
            List<String> formats, String contributor, boolean templates, Supplier<IGenerator> factory) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("invalid generator id '" + id + "'");
        }
        if (formats.isEmpty() || !formats.stream().allMatch(f -> FORMAT.matcher(f).matches())) {
            throw new IllegalArgumentException("generator '" + id + "' has invalid formats " + formats);
        }
        this.id = id;
        this.name = Objects.requireNonNull(name);
        this.description = Objects.requireNonNull(description);
        this.formats = List.copyOf(formats);
        this.contributor = Objects.requireNonNull(contributor);
        this.templates = templates;
        this.factory = Objects.requireNonNull(factory);
    }

    public String id() {
        return id;
    }

    public String name(Locale locale) {
        return name.apply(locale);
    }

    public String description(Locale locale) {
        return description.apply(locale);
    }

    /** The formats it writes, in the order users see them. */
    public List<String> formats() {
        return formats;
    }

    /**
     * This descriptor, whose formats {@code optional} are written only when the user asks for them
     * (a PDF that takes longer to make, say); each must be one of its formats.
     */
    public GeneratorDescriptor withOptionalFormats(List<String> optional) {
        if (!formats.containsAll(optional)) {
            throw new IllegalArgumentException("generator '" + id + "' has optional formats " + optional
                    + " that are not among its formats " + formats);
        }
        this.optionalFormats = List.copyOf(optional);
        return this;
    }

    /** The formats written when the user names none: all but the optional ones. */
    public List<String> defaultFormats() {
        return formats.stream().filter(f -> !optionalFormats.contains(f)).toList();
    }

    /** The symbolic name of the contributing bundle. */
    public String contributor() {
        return contributor;
    }

    /** Whether the generator fills a document template the user may replace ({@code --template}). */
    public boolean acceptsTemplate() {
        return templates;
    }

    /** Creates the generator: the only step that loads the contributor's classes. */
    public IGenerator create() {
        return factory.get();
    }
}
