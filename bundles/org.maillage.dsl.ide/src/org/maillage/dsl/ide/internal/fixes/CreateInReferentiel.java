package org.maillage.dsl.ide.internal.fixes;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.util.TextRegion;
import org.maillage.dsl.ide.fixes.FileEdit;
import org.maillage.dsl.ide.fixes.FixRequest;
import org.maillage.dsl.ide.fixes.QuickFix;
import org.maillage.dsl.ide.fixes.QuickFixProvider;
import org.maillage.model.coop.CoopPackage;

/** LINK-UNRESOLVED: the missing actor or territory is declared at the end of the project's référentiel. */
public final class CreateInReferentiel implements QuickFixProvider {


    @Override
    public String code() {
        return "LINK-UNRESOLVED";
    }

    @Override
    public List<QuickFix> fixes(FixRequest request) {
        INode node = org.maillage.dsl.ide.hover.ElementHovers.offsetHelper(request.resource()).getCrossReferenceNode(request.resource(), new TextRegion(request.offset(), 0));
        if (node == null || !(node.getGrammarElement() instanceof CrossReference reference)) {
            return List.of();
        }
        EClass type = (EClass) reference.getType().getClassifier();
        String name = node.getText().trim();
        String line;
        String label;
        if (type == CoopPackage.Literals.ACTOR) {
            line = "actor " + name + " \"" + name + "\" public\n";
            label = "fix.createActor";
        } else if (type == CoopPackage.Literals.TERRITORY) {
            line = "territory " + name + " \"" + name + "\" kind area\n";
            label = "fix.createTerritory";
        } else {
            return List.of();
        }
        URI referentiel = request.referentiel();
        return List.of(new QuickFix(request.message(label, name, referentiel.lastSegment()),
                List.of(FileEdit.append(referentiel, "\n" + line))));
    }

}
