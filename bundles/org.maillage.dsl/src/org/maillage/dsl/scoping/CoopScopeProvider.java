package org.maillage.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.NamedElement;

import com.google.inject.Inject;

/**
 * References are plain names, global across the files of a model. The scope of a reference only
 * depends on the type it expects, so it is built once per resource and type (and rebuilt when the
 * resource changes): the file's own elements, by name, in front of the other files' (the index).
 */
public class CoopScopeProvider extends AbstractCoopScopeProvider {

    @Inject
    private IGlobalScopeProvider globalScopes;

    @Inject
    private IResourceScopeCache cache;

    @Override
    public IScope getScope(EObject context, EReference reference) {
        Resource resource = context.eResource();
        if (resource == null) {
            return super.getScope(context, reference);
        }
        EClass type = reference.getEReferenceType();
        return cache.get(Tuples.create(CoopScopeProvider.class, type), resource,
                () -> MapBasedScope.createScope(globalScopes.getScope(resource, reference, null),
                        named(resource).stream().filter(d -> type.isSuperTypeOf(d.getEClass())).toList()));
    }

    /** The named elements of a resource, found in one walk that skips the lines of actions and conventions. */
    private List<IEObjectDescription> named(Resource resource) {
        return cache.get(CoopScopeProvider.class, resource, () -> {
            List<IEObjectDescription> descriptions = new ArrayList<>();
            TreeIterator<EObject> all = resource.getAllContents();
            while (all.hasNext()) {
                EObject object = all.next();
                if (object instanceof NamedElement named) {
                    if (named.getName() != null) {
                        descriptions.add(EObjectDescription.create(QualifiedName.create(named.getName()), named));
                    }
                } else if (!(object instanceof CoopFile)) {
                    all.prune();
                }
            }
            return descriptions;
        });
    }
}
