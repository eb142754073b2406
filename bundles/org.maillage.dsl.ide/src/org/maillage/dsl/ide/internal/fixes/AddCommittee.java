package org.maillage.dsl.ide.internal.fixes;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.maillage.dsl.ide.fixes.FileEdit;
import org.maillage.dsl.ide.fixes.FixRequest;
import org.maillage.dsl.ide.fixes.QuickFix;
import org.maillage.dsl.ide.fixes.QuickFixProvider;
import org.maillage.model.coop.Actor;
import org.maillage.model.coop.Convention;

/** CONV-NO-COMMITTEE: a steering committee of the convention's parties, before its closing brace. */
public final class AddCommittee implements QuickFixProvider {

    @Override
    public String code() {
        return "CONV-NO-COMMITTEE";
    }

    @Override
    public List<QuickFix> fixes(FixRequest request) {
        Convention convention = request.containerAt(Convention.class);
        ICompositeNode node = convention == null ? null : NodeModelUtils.getNode(convention);
        if (node == null || convention.getParties().isEmpty()) {
            return List.of();
        }
        int close = node.getText().lastIndexOf('}');
        if (close < 0) {
            return List.of();
        }
        String members = convention.getParties().stream().map(Actor::getName).collect(Collectors.joining(", "));
        String line = "    committee Copil" + convention.getName() + " \"" + request.message("fix.committeeTitle")
                + "\" members " + members + "\n";
        int at = node.getTotalOffset() + close;
        String indent = indentBefore(request.text(), at);
        return List.of(new QuickFix(request.message("fix.addCommittee"),
                List.of(new FileEdit(request.uri(), at - indent.length(), 0, indent + line))));
    }

    private static String indentBefore(String all, int offset) {
        int start = offset;
        while (start > 0 && (all.charAt(start - 1) == ' ' || all.charAt(start - 1) == '\t')) {
            start--;
        }
        return all.substring(start, offset);
    }
}
