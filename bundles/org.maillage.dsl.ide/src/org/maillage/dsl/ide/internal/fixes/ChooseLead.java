package org.maillage.dsl.ide.internal.fixes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.dsl.ide.fixes.FileEdit;
import org.maillage.dsl.ide.fixes.FixRequest;
import org.maillage.dsl.ide.fixes.QuickFix;
import org.maillage.dsl.ide.fixes.QuickFixProvider;
import org.maillage.dsl.resource.WrittenNames;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.CoopPackage;

/**
 * CONV-NO-LEAD: one fix per party, making it the chef de file; {@code lead} is written where the
 * grammar puts it, after the parties, the covered actions and the dates.
 */
public final class ChooseLead implements QuickFixProvider {

    /** The header clauses that come before {@code lead}, last first. */
    private static final List<EStructuralFeature> BEFORE_LEAD = List.of(CoopPackage.Literals.CONVENTION__END_DATE,
            CoopPackage.Literals.CONVENTION__COVERS, CoopPackage.Literals.CONVENTION__PARTIES);

    @Override
    public String code() {
        return "CONV-NO-LEAD";
    }

    @Override
    public List<QuickFix> fixes(FixRequest request) {
        Convention convention = request.containerAt(Convention.class);
        List<QuickFix> fixes = new ArrayList<>();
        if (convention == null || convention.getLead() != null) {
            return fixes;
        }
        int at = insertionPoint(convention);
        if (at < 0) {
            return fixes;
        }
        List<INode> parties = NodeModelUtils.findNodesForFeature(convention, CoopPackage.Literals.CONVENTION__PARTIES);
        for (int i = 0; i < parties.size() && i < convention.getParties().size(); i++) {
            Actor party = convention.getParties().get(i);
            fixes.add(new QuickFix(request.message("fix.chooseLead", WrittenNames.of(party, convention)),
                    List.of(new FileEdit(request.uri(), at, 0, " lead " + NodeModelUtils.getTokenText(parties.get(i))))));
        }
        return fixes;
    }

    private static int insertionPoint(Convention convention) {
        for (EStructuralFeature feature : BEFORE_LEAD) {
            List<INode> nodes = NodeModelUtils.findNodesForFeature(convention, feature);
            if (!nodes.isEmpty() && (feature instanceof EReference || convention.eIsSet(feature))) {
                return nodes.get(nodes.size() - 1).getEndOffset();
            }
        }
        return -1;
    }
}
