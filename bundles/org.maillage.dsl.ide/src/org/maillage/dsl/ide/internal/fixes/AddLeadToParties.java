package org.maillage.dsl.ide.internal.fixes;

import java.util.List;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.dsl.ide.fixes.FileEdit;
import org.maillage.dsl.ide.fixes.FixRequest;
import org.maillage.dsl.ide.fixes.QuickFix;
import org.maillage.dsl.ide.fixes.QuickFixProvider;
import org.maillage.dsl.resource.WrittenNames;
import org.maillage.model.coop.Convention;
import org.maillage.model.coop.CoopPackage;

/** CONV-LEAD-NOT-PARTY: the chef de file joins the parties, at the end of {@code between}. */
public final class AddLeadToParties implements QuickFixProvider {

    @Override
    public String code() {
        return "CONV-LEAD-NOT-PARTY";
    }

    @Override
    public List<QuickFix> fixes(FixRequest request) {
        Convention convention = request.containerAt(Convention.class);
        if (convention == null || convention.getLead() == null) {
            return List.of();
        }
        List<INode> parties = NodeModelUtils.findNodesForFeature(convention, CoopPackage.Literals.CONVENTION__PARTIES);
        List<INode> lead = NodeModelUtils.findNodesForFeature(convention, CoopPackage.Literals.CONVENTION__LEAD);
        if (parties.isEmpty() || lead.isEmpty()) {
            return List.of();
        }
        String name = NodeModelUtils.getTokenText(lead.get(0));
        int end = parties.get(parties.size() - 1).getEndOffset();
        return List.of(new QuickFix(request.message("fix.addLeadToParties", WrittenNames.of(convention.getLead(), convention)),
                List.of(new FileEdit(request.uri(), end, 0, ", " + name))));
    }
}
