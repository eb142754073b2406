package org.maillage.dsl.ide.fixes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.xtext.resource.XtextResource;
import org.maillage.dsl.ide.internal.fixes.AddCommittee;
import org.maillage.dsl.ide.internal.fixes.AddLeadToParties;
import org.maillage.dsl.ide.internal.fixes.BalanceWithOwnFunds;
import org.maillage.dsl.ide.internal.fixes.ChooseLead;
import org.maillage.dsl.ide.internal.fixes.CreateInReferentiel;
import org.maillage.dsl.ide.internal.fixes.MakeOneA;
import org.maillage.dsl.ide.internal.fixes.RemoveRolelessParties;

/**
 * The corrections offered for a problem, by its diagnostic code, for every front-end: the
 * workbench editor (Ctrl+1, the Problems view) and the language server's code actions. To add a
 * fix, write a {@link QuickFixProvider} for its code and add it to {@link #PROVIDERS}.
 */
public final class QuickFixes {

    private static final List<QuickFixProvider> PROVIDERS = List.of(new MakeOneA(), new AddCommittee(),
            new RemoveRolelessParties(), new CreateInReferentiel(), new AddLeadToParties(), new ChooseLead(),
            new BalanceWithOwnFunds());

    private static final Map<String, QuickFixProvider> BY_CODE = PROVIDERS.stream()
            .collect(Collectors.toUnmodifiableMap(QuickFixProvider::code, Function.identity()));

    private QuickFixes() {
    }

    /** The fixes of the problem of {@code code} at {@code offset} in a parsed file, labelled in {@code locale}. */
    public static List<QuickFix> of(XtextResource resource, String code, int offset, Locale locale) {
        QuickFixProvider provider = code == null ? null : BY_CODE.get(code);
        if (provider == null || resource == null || resource.getParseResult() == null) {
            return List.of();
        }
        return provider.fixes(new FixRequest(resource, offset, locale));
    }

    /** Whether some fix exists for the code. */
    public static boolean fixes(String code) {
        return code != null && BY_CODE.containsKey(code);
    }
}
