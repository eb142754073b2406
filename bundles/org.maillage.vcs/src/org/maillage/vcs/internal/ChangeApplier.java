package org.maillage.vcs.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.maillage.model.coop.CoopFile;
import org.maillage.vcs.Version;
import org.maillage.vcs.VersionLoader;

/**
 * Writes one of their changes into our text with Xtext's change serializer: only the changed
 * element's region is printed again (by the language's formatter), so everything else keeps its
 * layout and comments. The text is parsed again (with the other files of its folder, for
 * references) before each change, and the result must parse without a syntax error, or the
 * change is not applied.
 */
public final class ChangeApplier {

    private final VersionLoader loader;
    private final Map<String, String> context;
    private final String name;

    /**
     * @param context the other files of the model (path → text), read-only, for references
     * @param name    the merged file's path, as a key beside the context's
     */
    public ChangeApplier(VersionLoader loader, Map<String, String> context, String name) {
        this.loader = loader;
        this.context = context;
        this.name = name;
    }

    /** Parses a text with the context files. */
    public Version parse(String label, String text) {
        Map<String, String> texts = new LinkedHashMap<>(context);
        texts.remove(name);
        texts.put(name, text);
        return loader.texts(label, texts);
    }

    /** The text with the change applied, or null when it cannot be written. */
    public String apply(String text, Delta step) {
        return apply(text, List.of(step));
    }

    /**
     * The text with all the changes applied in one pass of the serializer, or null when one of them
     * cannot be written or the result does not parse (then apply them one by one to know which).
     */
    public String apply(String text, List<Delta> steps) {
        return apply(parse("merge", text), text, steps);
    }

    /**
     * The same on {@code version}, the text already parsed with the context (its model is changed:
     * do not use it afterwards). Saves a parse when the caller has one.
     */
    public String apply(Version version, String text, List<Delta> steps) {
        XtextResource resource = version.files().get(name);
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof CoopFile file)) {
            return null;
        }
        NameIndex names = new NameIndex(version.resourceSet());
        boolean[] done = { false };
        List<ITextReplacement> replacements = new ArrayList<>();
        try {
            IChangeSerializer serializer = resource.getResourceServiceProvider().get(IChangeSerializer.class);
            serializer.setUpdateRelatedFiles(false);
            serializer.setUpdateCrossReferences(false);
            serializer.addModification(resource, r -> {
                // Every element is found before any is changed: keys numbered #2... stay those of our text.
                List<EObject> targets = steps.stream().map(step -> target(file, step)).toList();
                done[0] = true;
                for (int i = 0; i < steps.size(); i++) {
                    done[0] &= modify(targets.get(i), steps.get(i), names);
                }
            });
            serializer.applyModifications(change -> {
                if (change instanceof ITextDocumentChange document && document.getResource() == resource) {
                    replacements.addAll(document.getReplacements());
                }
            });
        } catch (RuntimeException cannotSerialize) {
            return null;
        }
        if (!done[0]) {
            return null;
        }
        String merged = replace(text, replacements);
        return parses(resource, merged) ? merged : null;
    }

    /**
     * Whether a text parses without a syntax error: the parser alone, no linking (the result's
     * references were written by name from resolved elements).
     */
    private static boolean parses(XtextResource resource, String text) {
        IParser parser = resource.getResourceServiceProvider().get(IParser.class);
        return !parser.parse(new StringReader(text)).hasSyntaxErrors();
    }

    /** The text with the replacements made (their offsets are the text's). */
    public static String replace(String text, List<ITextReplacement> replacements) {
        StringBuilder result = new StringBuilder(text);
        replacements.stream().sorted(Comparator.comparingInt(ITextRegion::getOffset).reversed())
                .forEach(r -> result.replace(r.getOffset(), r.getOffset() + r.getLength(), r.getReplacementText()));
        return result.toString();
    }

    /** The element a step changes or removes, or the one it adds into. */
    private static EObject target(CoopFile file, Delta step) {
        return ModelPaths.find(file, step.kind() == Delta.Kind.ADDED ? step.path().subList(0, step.path().size() - 1) : step.path());
    }

    private static boolean modify(EObject target, Delta step, NameIndex names) {
        return switch (step.kind()) {
        case CHANGED -> change(target, step, names);
        case ADDED -> add(target, step.after(), names);
        case REMOVED -> remove(target);
        case RENAMED -> false;
        };
    }

    @SuppressWarnings("unchecked")
    private static boolean change(EObject target, Delta step, NameIndex names) {
        if (target == null) {
            return false;
        }
        EObject theirs = step.after();
        if (step.feature() instanceof EAttribute attribute) {
            if (!theirs.eIsSet(attribute)) {
                target.eUnset(attribute);
            } else if (attribute.isMany()) {
                EList<Object> values = (EList<Object>) target.eGet(attribute);
                values.clear();
                values.addAll((List<Object>) theirs.eGet(attribute));
            } else {
                target.eSet(attribute, theirs.eGet(attribute));
            }
            return true;
        }
        EReference reference = (EReference) step.feature();
        if (!theirs.eIsSet(reference)) {
            target.eUnset(reference);
            return true;
        }
        Object resolved = names.resolve(theirs, reference);
        if (resolved == null) {
            return false;
        }
        target.eSet(reference, resolved);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static boolean add(EObject parent, EObject theirs, NameIndex names) {
        if (parent == null) {
            return false;
        }
        EObject copy = EcoreUtil.copy(theirs);
        if (!relink(theirs, copy, names)) {
            return false;
        }
        EReference feature = theirs.eContainmentFeature();
        if (!feature.isMany()) {
            parent.eSet(feature, copy);
            return true;
        }
        EList<EObject> siblings = (EList<EObject>) parent.eGet(feature);
        siblings.add(position(parent, theirs, feature), copy);
        return true;
    }

    /** Just after the nearest of their earlier siblings that we have, else first. */
    private static int position(EObject parent, EObject theirs, EReference feature) {
        Map<String, EObject> ours = ElementKeys.children(parent, feature);
        List<Map.Entry<String, EObject>> their = new ArrayList<>(ElementKeys.children(theirs.eContainer(), feature).entrySet());
        int at = -1;
        for (int i = 0; i < their.size(); i++) {
            if (their.get(i).getValue() == theirs) {
                at = i;
            }
        }
        @SuppressWarnings("unchecked")
        List<EObject> list = (List<EObject>) parent.eGet(feature);
        for (int i = at - 1; i >= 0; i--) {
            EObject mine = ours.get(their.get(i).getKey());
            if (mine != null) {
                return list.indexOf(mine) + 1;
            }
        }
        return 0;
    }

    /** Points the copy's references at our elements of the same names; false when one is missing. */
    private static boolean relink(EObject original, EObject copy, NameIndex names) {
        List<EObject> originals = new ArrayList<>();
        List<EObject> copies = new ArrayList<>();
        originals.add(original);
        copies.add(copy);
        original.eAllContents().forEachRemaining(originals::add);
        copy.eAllContents().forEachRemaining(copies::add);
        for (int i = 0; i < originals.size(); i++) {
            for (EReference reference : originals.get(i).eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || !originals.get(i).eIsSet(reference)) {
                    continue;
                }
                Object resolved = names.resolve(originals.get(i), reference);
                if (resolved == null) {
                    return false;
                }
                copies.get(i).eSet(reference, resolved);
            }
        }
        return true;
    }

    private static boolean remove(EObject target) {
        if (target != null) {
            EcoreUtil.remove(target);
        }
        return true;
    }
}
