package org.maillage.dsl.ide.internal.fixes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.util.TextRegion;
import org.maillage.dsl.ide.fixes.FileEdit;
import org.maillage.dsl.ide.fixes.FixRequest;
import org.maillage.dsl.ide.fixes.QuickFix;
import org.maillage.dsl.ide.fixes.QuickFixProvider;
import org.maillage.dsl.ide.hover.ElementHovers;

/**
 * LINK-UNRESOLVED: a misspelt name is replaced by the declared names it is closest to (letters case
 * apart, or a few letters typed wrong), nearest first. The names are those the scope offers at
 * that place, so the fix never proposes a name of another kind.
 */
public final class ReplaceWithSimilarName implements QuickFixProvider {

    private static final int MAX_FIXES = 3;

    @Override
    public String code() {
        return "LINK-UNRESOLVED";
    }

    @Override
    public List<QuickFix> fixes(FixRequest request) {
        INode node = ElementHovers.offsetHelper(request.resource())
                .getCrossReferenceNode(request.resource(), new TextRegion(request.offset(), 0));
        if (node == null || !(node.getGrammarElement() instanceof CrossReference crossReference)) {
            return List.of();
        }
        EObject context = NodeModelUtils.findActualSemanticObjectFor(node);
        EReference reference = GrammarUtil.getReference(crossReference);
        IScopeProvider scopes = request.resource().getResourceServiceProvider().get(IScopeProvider.class);
        if (context == null || reference == null || scopes == null) {
            return List.of();
        }
        String written = node.getText().trim();
        Map<String, Integer> near = new LinkedHashMap<>();
        for (IEObjectDescription candidate : scopes.getScope(context, reference).getAllElements()) {
            String name = candidate.getName().toString();
            int distance = distance(written, name);
            if (distance <= allowed(written) && !name.equals(written)) {
                near.merge(name, distance, Math::min);
            }
        }
        return near.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_FIXES)
                .map(entry -> new QuickFix(request.message("fix.replaceName", entry.getKey()),
                        List.of(new FileEdit(request.uri(), node.getOffset(), node.getLength(), entry.getKey()))))
                .toList();
    }

    /** How many letters may be wrong: one for short names, a quarter of the name for longer ones. */
    private static int allowed(String written) {
        return Math.max(1, written.length() / 4);
    }

    /** Edit distance where a change of case alone costs nothing, so "ccpl" is "CCPL". */
    static int distance(String a, String b) {
        String left = a.toLowerCase(Locale.ROOT);
        String right = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[right.length() + 1];
        int[] current = new int[right.length() + 1];
        for (int j = 0; j <= right.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= left.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= right.length(); j++) {
                int substitution = previous[j - 1] + (left.charAt(i - 1) == right.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[right.length()];
    }
}
