package org.maillage.dsl.resource;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IResourceDescription;

/**
 * The manager of the language server: index entries ({@link CoopResourceDescription}) whose
 * imported names are the names the file's references are written with, kept in the index by
 * {@link CoopIndexer}, so that {@link CoopResourceDescriptionManager#isAffectedByAny} sees the
 * files sharing a name with a changed one (cross-file findings recomputed after an edit).
 * The workbench builder keeps Xtext's entries for now (see the notes of issue #22).
 */
public class UsedNamesDescriptionManager extends CoopResourceDescriptionManager {

    @Override
    protected IResourceDescription internalGetResourceDescription(Resource resource,
            IDefaultResourceDescriptionStrategy strategy) {
        return new CoopResourceDescription(resource, strategy, getCache());
    }
}
