package org.maillage.dsl.ide.internal.fixes;

import org.maillage.dsl.resource.WrittenNames;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.dsl.ide.fixes.FileEdit;
import org.maillage.dsl.ide.fixes.FixRequest;
import org.maillage.dsl.ide.fixes.QuickFix;
import org.maillage.dsl.ide.fixes.QuickFixProvider;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.services.Raci;

/** CONV-PARTY-ROLE: a party with no role in the covered actions leaves {@code between} (one fix per party). */
public final class RemoveRolelessParties implements QuickFixProvider {

    @Override
    public String code() {
        return "CONV-PARTY-ROLE";
    }

    @Override
    public List<QuickFix> fixes(FixRequest request) {
        Convention convention = request.containerAt(Convention.class);
        List<QuickFix> fixes = new ArrayList<>();
        if (convention == null || convention.getParties().size() < 2) {
            return fixes;
        }
        List<INode> nodes = NodeModelUtils.findNodesForFeature(convention, CoopPackage.Literals.CONVENTION__PARTIES);
        for (int i = 0; i < convention.getParties().size() && i < nodes.size(); i++) {
            Actor party = convention.getParties().get(i);
            if (convention.getCovers().stream().noneMatch(action -> Raci.holdsRole(party, action))) {
                INode node = nodes.get(i);
                int start = i == 0 ? node.getOffset() : nodes.get(i - 1).getEndOffset();
                int end = i == 0 ? nodes.get(1).getOffset() : node.getEndOffset();
                fixes.add(new QuickFix(request.message("fix.removeParty", WrittenNames.of(party, convention)),
                        List.of(new FileEdit(request.uri(), start, end - start, ""))));
            }
        }
        return fixes;
    }
}
