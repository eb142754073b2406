package org.maillage.model.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.NamedElement;
import org.maillage.model.services.Numbers;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** Builds model elements from the JSON exchange format, checking every type and value on the way. */
final class JsonModelReader {

    private record Pending(EObject owner, EReference reference, String name, String path) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, NamedElement> names = new HashMap<>();

    /** The element described by {@code json} at {@code path}, of type {@code expected} or a subtype. */
    EObject read(JsonElement json, String path, EClass expected) throws ExchangeException {
        if (!json.isJsonObject()) {
            throw new ExchangeException(Messages.get("json.value", path, "type", shown(json)));
        }
        JsonObject object = json.getAsJsonObject();
        String typeName = JsonExchange.string(object.get("type"));
        EClassifier classifier = typeName == null ? null : CoopPackage.eINSTANCE.getEClassifier(typeName);
        if (!(classifier instanceof EClass type) || type.isAbstract()
                || (expected != null && !expected.isSuperTypeOf(type))) {
            throw new ExchangeException(Messages.get("json.type", path, typeName));
        }
        EObject element = CoopPackage.eINSTANCE.getEFactoryInstance().create(type);
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            if (entry.getKey().equals("type")) {
                continue;
            }
            EStructuralFeature feature = type.getEStructuralFeature(entry.getKey());
            String where = path + "." + entry.getKey();
            if (feature == null || feature.isDerived()) {
                throw new ExchangeException(Messages.get("json.value", where, type.getName(), entry.getKey()));
            }
            set(element, feature, entry.getValue(), where);
        }
        if (element instanceof NamedElement named && named.getName() != null
                && names.putIfAbsent(named.getName(), named) != null) {
            throw new ExchangeException(Messages.get("json.duplicate", named.getName()));
        }
        return element;
    }

    @SuppressWarnings("unchecked")
    private void set(EObject element, EStructuralFeature feature, JsonElement json, String path)
            throws ExchangeException {
        List<JsonElement> values = new ArrayList<>();
        if (feature.isMany()) {
            if (!json.isJsonArray()) {
                throw new ExchangeException(Messages.get("json.value", path, feature.getName(), shown(json)));
            }
            JsonArray array = json.getAsJsonArray();
            array.forEach(values::add);
        } else {
            values.add(json);
        }
        List<Object> converted = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String where = feature.isMany() ? path + "[" + i + "]" : path;
            JsonElement value = values.get(i);
            if (feature instanceof EReference reference && !reference.isContainment()) {
                String name = JsonExchange.string(value);
                if (name == null) {
                    throw new ExchangeException(Messages.get("json.value", where, feature.getName(), shown(value)));
                }
                pending.add(new Pending(element, reference, name, where));
            } else if (feature instanceof EReference reference) {
                converted.add(read(value, where, reference.getEReferenceType()));
            } else {
                converted.add(attribute((EDataType) feature.getEType(), value, where, feature.getName()));
            }
        }
        if (feature.isMany()) {
            ((EList<Object>) element.eGet(feature)).addAll(converted);
        } else if (!converted.isEmpty()) {
            element.eSet(feature, converted.get(0));
        }
    }

    private static Object attribute(EDataType type, JsonElement value, String path, String feature)
            throws ExchangeException {
        try {
            if (type instanceof EEnum enumeration) {
                EEnumLiteral literal = enumeration.getEEnumLiteralByLiteral(JsonExchange.string(value));
                if (literal == null) {
                    throw new IllegalArgumentException(String.valueOf(value));
                }
                return literal.getInstance();
            }
            if (type == EcorePackage.Literals.ESTRING) {
                String text = JsonExchange.string(value);
                if (text == null) {
                    throw new IllegalArgumentException(String.valueOf(value));
                }
                return text;
            }
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                throw new IllegalArgumentException(String.valueOf(value));
            }
            BigDecimal number = Numbers.parse(value.getAsString());
            return type == EcorePackage.Literals.EINT ? number.intValueExact() : number;
        } catch (Numbers.TooLong e) {
            throw new ExchangeException(Messages.get("json.tooLong", path, feature, e.length(), Numbers.MAX_DIGITS));
        } catch (RuntimeException e) {
            throw new ExchangeException(Messages.get("json.value", path, feature, shown(value)));
        }
    }

    @SuppressWarnings("unchecked")
    /**
     * A value as a message shows it: short, and without walking nested lists or objects (a hostile
     * file nests them deep enough to overflow the stack, or long enough to flood the message).
     */
    static String shown(Object value) {
        if (value instanceof com.google.gson.JsonArray) {
            return "[…]";
        }
        if (value instanceof com.google.gson.JsonObject) {
            return "{…}";
        }
        String text = String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    void resolve() throws ExchangeException {
        for (Pending p : pending) {
            NamedElement target = names.get(p.name());
            if (target == null || !p.reference().getEReferenceType().isInstance(target)) {
                throw new ExchangeException(
                        Messages.get("json.unresolved", p.path(), p.name(), p.reference().getEReferenceType().getName()));
            }
            if (p.reference().isMany()) {
                ((EList<Object>) p.owner().eGet(p.reference())).add(target);
            } else {
                p.owner().eSet(p.reference(), target);
            }
        }
    }
}
