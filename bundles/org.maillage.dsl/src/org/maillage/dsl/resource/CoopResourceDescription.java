package org.maillage.dsl.resource;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.DefaultResourceDescription;
import org.eclipse.xtext.util.IResourceScopeCache;

/**
 * A .coop file's entry in the index, whose imported names are the names its references are
 * written with, resolved or not: read from the parse, they are known while the index is built
 * (before linking) and make a file that uses a missing name affected when the name appears.
 */
public class CoopResourceDescription extends DefaultResourceDescription {

    public CoopResourceDescription(Resource resource, IDefaultResourceDescriptionStrategy strategy,
            IResourceScopeCache cache) {
        super(resource, strategy, cache);
    }

    @Override
    public Iterable<QualifiedName> getImportedNames() {
        return usedNames(getResource());
    }

    /** The lower-case names the references of a parsed file are written with. */
    static Set<QualifiedName> usedNames(Resource resource) {
        Set<QualifiedName> names = new LinkedHashSet<>();
        if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
            return names;
        }
        for (ILeafNode leaf : xtext.getParseResult().getRootNode().getLeafNodes()) {
            if (!leaf.isHidden() && leaf.getGrammarElement() != null
                    && EcoreUtil2.getContainerOfType(leaf.getGrammarElement(), CrossReference.class) != null) {
                String text = leaf.getText().startsWith("^") ? leaf.getText().substring(1) : leaf.getText();
                names.add(QualifiedName.create(text).toLowerCase());
            }
        }
        return names;
    }
}
