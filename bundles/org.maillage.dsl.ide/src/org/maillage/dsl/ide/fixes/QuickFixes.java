package org.maillage.dsl.ide.fixes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.xtext.resource.XtextResource;
import org.maillage.dsl.ide.internal.fixes.AddCommittee;
import org.maillage.dsl.ide.internal.fixes.AddLeadToParties;
import org.maillage.dsl.ide.internal.fixes.BalanceWithOwnFunds;
import org.maillage.dsl.ide.internal.fixes.ChooseLead;
import org.maillage.dsl.ide.internal.fixes.CreateInReferentiel;
import org.maillage.dsl.ide.internal.fixes.MakeOneA;
import org.maillage.dsl.ide.internal.fixes.RemoveRolelessParties;
import org.maillage.dsl.ide.internal.fixes.ReplaceWithSimilarName;

/**
 * The corrections offered for a problem, by its diagnostic code, for every front-end: the
 * workbench editor (Ctrl+1, the Problems view) and the language server's code actions. To add a
 * fix, write a {@link QuickFixProvider} for its code and add it to {@link #PROVIDERS}.
 */
public final class QuickFixes {

    private static final List<QuickFixProvider> PROVIDERS = List.of(new MakeOneA(), new AddCommittee(),
            new RemoveRolelessParties(), new ReplaceWithSimilarName(), new CreateInReferentiel(),
            new AddLeadToParties(), new ChooseLead(), new BalanceWithOwnFunds());

    /** The providers of each code, in the order of {@link #PROVIDERS}: the likeliest fix first. */
    private static final Map<String, List<QuickFixProvider>> BY_CODE = PROVIDERS.stream()
            .collect(Collectors.groupingBy(QuickFixProvider::code, LinkedHashMap::new, Collectors.toList()));

    private QuickFixes() {
    }

    /** The fixes of the problem of {@code code} at {@code offset} in a parsed file, labelled in {@code locale}. */
    public static List<QuickFix> of(XtextResource resource, String code, int offset, Locale locale) {
        List<QuickFixProvider> providers = code == null ? null : BY_CODE.get(code);
        if (providers == null || resource == null || resource.getParseResult() == null) {
            return List.of();
        }
        FixRequest request = new FixRequest(resource, offset, locale);
        return providers.stream().flatMap(provider -> provider.fixes(request).stream()).toList();
    }

    /** Whether some fix exists for the code. */
    public static boolean fixes(String code) {
        return code != null && BY_CODE.containsKey(code);
    }
}
