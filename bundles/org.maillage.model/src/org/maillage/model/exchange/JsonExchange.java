package org.maillage.model.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.NamedElement;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;

/**
 * JSON: {@code {"format": "maillage-coop", "version": 1, "files": [...]}}, each element an object
 * with its {@code type} (the metamodel's class name) and its set features by name; contained
 * elements nested, cross-references written as the target's name (names are unique in a model).
 */
public final class JsonExchange implements Exchange {

    public static final String FORMAT = "maillage-coop";
    public static final int VERSION = 1;

    @Override
    public void write(Collection<CoopFile> files, OutputStream out) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("version", VERSION);
        JsonArray array = new JsonArray();
        files.forEach(file -> array.add(toJson(file)));
        root.add("files", array);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root, writer);
        writer.write('\n');
        writer.flush();
    }

    private static JsonObject toJson(EObject object) {
        JsonObject json = new JsonObject();
        json.addProperty("type", object.eClass().getName());
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (object.eIsSet(feature)) {
                json.add(feature.getName(), value(object, feature));
            }
        }
        return json;
    }

    private static JsonElement value(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature);
        if (feature.isMany()) {
            JsonArray array = new JsonArray();
            ((Collection<?>) value).forEach(v -> array.add(single(feature, v)));
            return array;
        }
        return single(feature, value);
    }

    private static JsonElement single(EStructuralFeature feature, Object value) {
        if (feature instanceof EReference reference) {
            return reference.isContainment() ? toJson((EObject) value)
                    : new JsonPrimitive(((NamedElement) value).getName());
        }
        if (value instanceof Number number) {
            return new JsonPrimitive(number);
        }
        return new JsonPrimitive(value instanceof org.eclipse.emf.common.util.Enumerator e ? e.getLiteral()
                : String.valueOf(value));
    }

    @Override
    public List<CoopFile> read(InputStream in) throws ExchangeException {
        JsonElement root;
        try (JsonReader reader = new JsonReader(
                new InputStreamReader(new BoundedInputStream(in, MAX_BYTES), StandardCharsets.UTF_8))) {
            root = JsonParser.parseReader(reader);
        } catch (IOException | JsonParseException | StackOverflowError e) {
            throw new ExchangeException(Messages.get("json.invalid", e.getMessage()), e);
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("format")
                || !FORMAT.equals(string(root.getAsJsonObject().get("format")))
                || !root.getAsJsonObject().has("files") || !root.getAsJsonObject().get("files").isJsonArray()) {
            throw new ExchangeException(Messages.get("json.notCoop"));
        }
        JsonElement version = root.getAsJsonObject().get("version");
        if (version == null || !version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()
                || version.getAsDouble() != VERSION) {
            throw new ExchangeException(Messages.get("json.version", JsonModelReader.shown(version), VERSION));
        }
        JsonModelReader reader = new JsonModelReader();
        List<CoopFile> files = new ArrayList<>();
        JsonArray array = root.getAsJsonObject().getAsJsonArray("files");
        for (int i = 0; i < array.size(); i++) {
            EObject file = reader.read(array.get(i), "files[" + i + "]", null);
            if (!(file instanceof CoopFile coopFile)) {
                throw new ExchangeException(Messages.get("json.type", "files[" + i + "]", file.eClass().getName()));
            }
            files.add(coopFile);
        }
        reader.resolve();
        return files;
    }

    static String string(JsonElement element) {
        return element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isString()
                ? element.getAsString()
                : null;
    }
}
