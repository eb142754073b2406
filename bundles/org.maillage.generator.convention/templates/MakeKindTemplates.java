import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes one template per kind of convention and language, in ODT and DOCX, at build time (the bundle's pom
 * runs it; the files go to the bundle's output folder, never to git): {@code convention-<kind>.odt} (French)
 * and {@code convention-<kind>_en.odt} (English), and the same in DOCX. Each is the common template
 * ({@code convention.odt} / {@code .docx}, made from {@code convention.fodt} by make-templates.sh) in which
 * the kind's own visas and articles are written out as text a lawyer can read and edit, taken from the one
 * source of each: {@code legal-references.tsv} and {@code clauses*.properties}. The common parts stay filled
 * from the data: {@code articles_before} and {@code articles_after} around the kind's articles,
 * {@code other_visas} after its visas; {@code ${clause.principal}}, {@code others}, {@code lead},
 * {@code framework} and {@code actions} are the clauses' arguments {0} to {4}.
 *
 * <p>Run: {@code java MakeKindTemplates.java <bundle folder> <output folder>} (JDK 21, nothing else).
 */
public final class MakeKindTemplates {

    private static final String SOURCES = "src/org/maillage/generator/convention/internal/";
    /** The kind's articles come after Article 1 (Objet) and Article 2 (Durée), see ContentBuilder. */
    private static final int FIRST_OWN_ARTICLE = 3;
    /** DOCX bookmark ids of the kind's zones (the data's articles use 9001 and up, the préambule 9000). */
    private static final int FIRST_OWN_ZONE_ID = 9101;
    private static final String[] ARGUMENTS = { "${clause.principal}", "${clause.others}", "${clause.lead}",
            "${clause.framework}", "${clause.actions}" };

    private final Path bundle;
    private final Locale locale;
    private final Properties clauses;
    private final Properties messages;

    private MakeKindTemplates(Path bundle, Locale locale) throws IOException {
        this.bundle = bundle;
        this.locale = locale;
        this.clauses = properties("clauses");
        this.messages = properties("messages");
    }

    public static void main(String[] args) throws IOException {
        Path bundle = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        int written = 0;
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            MakeKindTemplates maker = new MakeKindTemplates(bundle, locale);
            for (String kind : maker.kinds()) {
                for (Format format : Format.values()) {
                    String name = "convention-" + kind + (locale == Locale.ENGLISH ? "_en." : ".") + format.extension;
                    byte[] base = Files.readAllBytes(bundle.resolve("templates/convention." + format.extension));
                    Files.write(out.resolve(name), rezip(base, format.part, xml -> maker.kindOwn(xml, kind, format)));
                    written++;
                }
            }
        }
        System.out.println("MakeKindTemplates: " + written + " templates in " + out);
    }

    /** The two formats: the part holding the body, and how a paragraph and a zone are written. */
    enum Format {
        ODT("odt", "content.xml", List.of("<text:p ", "<text:p>", "<text:h ", "<text:h>"), "</text:p>",
                "<text:section ", "</text:section>"),
        DOCX("docx", "word/document.xml", List.of("<w:p>", "<w:p "), "</w:p>", "<w:p>", "</w:p>");

        final String extension;
        final String part;
        final List<String> paragraphStarts;
        final String paragraphEnd;
        final String zoneStart;
        final String zoneEnd;

        Format(String extension, String part, List<String> paragraphStarts, String paragraphEnd, String zoneStart,
                String zoneEnd) {
            this.extension = extension;
            this.part = part;
            this.paragraphStarts = paragraphStarts;
            this.paragraphEnd = paragraphEnd;
            this.zoneStart = zoneStart;
            this.zoneEnd = zoneEnd;
        }

        /** The element around {@code at}: from the last of {@code starts} before it to the end after it. */
        static String[] around(String xml, int at, List<String> starts, String end, String what) {
            int from = starts.stream().mapToInt(s -> xml.lastIndexOf(s, at)).max().orElse(-1);
            int to = xml.indexOf(end, at);
            if (from < 0 || to < 0 || at < 0) {
                throw new IllegalStateException("the common template has no " + what);
            }
            String close = end.equals("</text:p>") && xml.startsWith("<text:h", from) ? "</text:h>" : end;
            to = xml.indexOf(close, at) + close.length();
            return new String[] { String.valueOf(from), String.valueOf(to), xml.substring(from, to) };
        }

        String[] paragraph(String xml, String marker) {
            return around(xml, xml.indexOf(marker), paragraphStarts, paragraphEnd, "paragraph " + marker);
        }

        String[] zone(String xml, String marker) {
            int at = xml.indexOf(marker);
            return this == ODT ? around(xml, at, List.of(zoneStart), zoneEnd, "zone " + marker)
                    : paragraph(xml, marker);
        }
    }

    /** The body with the kind's visas and articles written out. */
    String kindOwn(String xml, String kind, Format format) {
        xml = xml.replace("<text:soft-page-break/>", "");
        // The articles: the loop over all articles becomes the loop over those before, the kind's, those after.
        String[] start = format.paragraph(xml, "[#list articles as article]");
        String[] zone = format.zone(xml, "${article.zone}");
        int loopEnd = xml.indexOf("[/#list]", Integer.parseInt(zone[1]));
        String[] end = Format.around(xml, loopEnd, format.paragraphStarts, format.paragraphEnd, "end of the articles' loop");
        String loop = xml.substring(Integer.parseInt(start[0]), Integer.parseInt(end[1]));
        String heading = format.paragraph(loop, "${article.heading}")[2];
        String body = format.paragraph(loop, "${block.p}")[2];
        String bullet = format.paragraph(loop, "${block.b}")[2];
        String zoneElement = zone[2];
        StringBuilder own = new StringBuilder();
        List<String> zones = zones(kind);
        for (int i = 0; i < zones.size(); i++) {
            String key = zones.get(i);
            String title = clauses.getProperty(key + ".title");
            own.append(heading.replace("${article.heading}",
                    escape(new MessageFormat(messages.getProperty("article"), locale)
                            .format(new Object[] { FIRST_OWN_ARTICLE + i, title }))));
            for (int p = 1; clauses.containsKey(key + "." + p); p++) {
                String text = new MessageFormat(clauses.getProperty(key + "." + p), locale).format(ARGUMENTS);
                own.append(text.startsWith("- ") ? bullet.replace("${block.b}", escape(text.substring(2)))
                        : body.replace("${block.p}", escape(text)));
            }
            own.append(zoneElement.replace("${article.zone}", "texte_libre_" + key)
                    .replace("${article.id}", String.valueOf(FIRST_OWN_ZONE_ID + i)));
        }
        String articles = loop.replace("[#list articles as article]", "[#list articles_before as article]") + own
                + loop.replace("[#list articles as article]", "[#list articles_after as article]");
        xml = xml.substring(0, Integer.parseInt(start[0])) + articles + xml.substring(Integer.parseInt(end[1]));
        // The visas: the kind's own, then the loop over the others (conditional ones, the model's).
        String[] visa = format.paragraph(xml, "${visa}");
        StringBuilder visas = new StringBuilder();
        for (String text : ownVisas(kind)) {
            visas.append(visa[2].replace("${visa}", escape(text)));
        }
        String[] visaLoop = format.paragraph(xml, "[#list visas as visa]");
        return xml.substring(0, Integer.parseInt(visaLoop[0])) + visas
                + xml.substring(Integer.parseInt(visaLoop[0])).replaceFirst("\\[#list visas as visa\\]",
                        "[#list other_visas as visa]");
    }

    List<String> kinds() {
        return clauses.stringPropertyNames().stream().filter(k -> k.startsWith("kind.")).map(k -> k.substring(5))
                .sorted().toList();
    }

    private List<String> zones(String kind) {
        return Arrays.stream(clauses.getProperty("kind." + kind).split(",")).map(String::strip).toList();
    }

    /** The rows of legal-references.tsv of this kind alone whose condition is "always", as LegalReferences prints them. */
    private List<String> ownVisas(String kind) {
        List<String> visas = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(bundle.resolve(SOURCES + "legal-references.tsv"))) {
                String[] c = line.split("\t", -1);
                if (line.isBlank() || line.startsWith("#") || c.length != 7
                        || !Arrays.asList(c[1].split(",")).contains(kind) || !c[2].equals("always")) {
                    continue;
                }
                String text = locale == Locale.ENGLISH ? c[6] : c[5];
                if (c[3].equals("to-verify")) {
                    text = text.replaceFirst("\\s*;$", "") + " " + messages.getProperty("visa.toVerify")
                            + (locale == Locale.ENGLISH ? ";" : "\u00a0;");
                }
                visas.add(text);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return visas;
    }

    /** The French file, with the English one's keys over it when the language is English (as ResourceBundle does). */
    private Properties properties(String name) throws IOException {
        Properties properties = new Properties();
        load(properties, name + ".properties");
        if (locale == Locale.ENGLISH) {
            load(properties, name + "_en.properties");
        }
        return properties;
    }

    private void load(Properties properties, String file) throws IOException {
        try (Reader reader = Files.newBufferedReader(bundle.resolve(SOURCES + file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The archive with {@code part} edited, every other entry as it was ({@code mimetype} first and stored). */
    private static byte[] rezip(byte[] archive, String part, UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(archive))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        entries.put(part, edit.apply(new String(entries.get(part), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (entry.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                out.putNextEntry(zipEntry);
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
