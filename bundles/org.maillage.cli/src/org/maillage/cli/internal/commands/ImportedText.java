package org.maillage.cli.internal.commands;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.maillage.cli.internal.CliMessages;
import org.maillage.dsl.conversion.WritableValues;
import org.maillage.dsl.formatting2.TextFormatting;
import org.maillage.dsl.load.FileChecks;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.NamedElement;

import com.google.inject.Injector;

/**
 * An imported model as .coop text, or the reason it cannot be: its values are checked against the
 * language's terminals first, and the text written is read back (byte checks, parser) and must
 * give the same model, so a value can never add, drop or change a declaration.
 */
final class ImportedText {

    /** The model cannot be written as .coop text; the message names the element and the field. */
    static final class NotWritable extends Exception {

        private static final long serialVersionUID = 1L;

        NotWritable(String message) {
            super(message);
        }
    }

    private ImportedText() {
    }

    static String of(Injector injector, CoopFile file, Path output, Locale locale) throws Exception {
        Optional<WritableValues.Problem> problem = injector.getInstance(WritableValues.class).firstProblem(file);
        if (problem.isPresent()) {
            WritableValues.Problem p = problem.get();
            throw new NotWritable(p.missing()
                    ? CliMessages.get(locale, "import.missing", label(p.element()), p.feature().getName())
                    : CliMessages.get(locale, "import.invalid", label(p.element()), p.feature().getName(),
                            shown(p.value())));
        }
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(output.toString()));
        resource.getContents().add(file);
        String raw;
        try {
            raw = injector.getInstance(ISerializer.class).serialize(file, SaveOptions.newBuilder().getOptions());
        } catch (RuntimeException e) {
            throw new NotWritable(CliMessages.get(locale, "import.unwritable", firstLine(e)));
        }
        String text = injector.getInstance(TextFormatting.class).format(FormatCommand.reparse(injector, raw));
        readBack(injector, file, text, output, locale);
        return text;
    }

    /** Reads {@code text} as a .coop file would be read; it must give back {@code file}. */
    private static void readBack(Injector injector, CoopFile file, String text, Path output, Locale locale)
            throws Exception {
        XtextResource back;
        try {
            back = FormatCommand.reparse(injector,
                    FileChecks.decode(output, text.getBytes(StandardCharsets.UTF_8), locale));
        } catch (FileChecks.Refused refused) {
            throw new NotWritable(CliMessages.get(locale, "import.unwritable", refused.getMessage()));
        }
        EObject root = back.getContents().isEmpty() ? null : back.getContents().get(0);
        if (back.getErrors().isEmpty() && root != null && EcoreUtil.equals(file, root)) {
            return;
        }
        String where = root == null ? null : difference(file, root);
        throw new NotWritable(where != null ? CliMessages.get(locale, "import.changed", where)
                : CliMessages.get(locale, "import.unwritable", back.getErrors().isEmpty() ? "?"
                        : back.getErrors().get(0).getMessage()));
    }

    /** The first element and field where two models differ, as {@code label, feature}. */
    private static String difference(EObject a, EObject b) {
        if (a.eClass() != b.eClass()) {
            return label(a);
        }
        for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient()) {
                continue;
            }
            String where = label(a) + ", " + feature.getName();
            if (feature instanceof EReference reference && reference.isContainment()) {
                List<EObject> left = contents(a, reference);
                List<EObject> right = contents(b, reference);
                for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
                    String inner = difference(left.get(i), right.get(i));
                    if (inner != null) {
                        return inner;
                    }
                }
                if (left.size() != right.size()) {
                    return where;
                }
            } else if (!shownValue(a, feature).equals(shownValue(b, feature))) {
                return where;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> contents(EObject owner, EReference reference) {
        Object value = owner.eGet(reference);
        return reference.isMany() ? (EList<EObject>) value : value == null ? List.of() : List.of((EObject) value);
    }

    private static String shownValue(EObject owner, EStructuralFeature feature) {
        Object value = owner.eGet(feature);
        if (feature instanceof EReference) {
            List<?> targets = feature.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
            return targets.stream().map(t -> t instanceof NamedElement n ? n.getName() : String.valueOf(t)).toList()
                    .toString();
        }
        return String.valueOf(value);
    }

    /** {@code Convention C1}, or for an unnamed element {@code Funding 2 of Convention C1}. */
    static String label(EObject element) {
        if (element instanceof NamedElement named && named.getName() != null && !named.getName().isEmpty()) {
            return element.eClass().getName() + " " + named.getName();
        }
        EObject container = element.eContainer();
        if (container == null || container instanceof CoopFile) {
            return element.eClass().getName() + (container == null ? ""
                    : " " + (((List<?>) container.eGet(element.eContainmentFeature())).indexOf(element) + 1));
        }
        Object siblings = container.eGet(element.eContainmentFeature());
        int index = siblings instanceof List<?> list ? list.indexOf(element) + 1 : 1;
        return element.eClass().getName() + " " + index + " / " + label(container);
    }

    private static String shown(Object value) {
        String text = String.valueOf(value).replace('\n', ' ').replace('\r', ' ');
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
