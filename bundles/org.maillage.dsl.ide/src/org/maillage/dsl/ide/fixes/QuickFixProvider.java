package org.maillage.dsl.ide.fixes;

import java.util.List;

/**
 * The corrections of the problems of one diagnostic code. A new fix is one class implementing this,
 * registered in {@link QuickFixes}; the workbench editor and the language server both offer it.
 */
public interface QuickFixProvider {

    /** The diagnostic code this provider fixes, such as {@code RACI-NO-A}. */
    String code();

    /** The fixes of the problem the request points at; empty when none applies. */
    List<QuickFix> fixes(FixRequest request);
}
