package org.maillage.dsl.resource;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionManager;

/**
 * Which files must be checked again after others changed. Names are the usual Xtext rule: a file
 * is affected when a name it uses appears, vanishes or changes. The rule catalogue looks at the
 * whole model, so a file is also affected by any change to a file that uses one of its names
 * (an actor no longer used anywhere) or a name it uses too (two actions with the same A on the
 * same function, in two files): files that share no name are left alone.
 */
public class CoopResourceDescriptionManager extends DefaultResourceDescriptionManager
        implements IResourceDescription.Manager.AllChangeAware {

    @Override
    public boolean isAffectedByAny(Collection<IResourceDescription.Delta> deltas, IResourceDescription candidate,
            IResourceDescriptions context) {
        if (isAffected(deltas, candidate, context)) {
            return true;
        }
        Set<QualifiedName> candidateNames = names(candidate);
        if (candidateNames.isEmpty()) {
            return false;
        }
        for (IResourceDescription.Delta delta : deltas) {
            if (delta.getUri().equals(candidate.getURI())) {
                continue;
            }
            if (shares(delta.getOld(), candidateNames) || shares(delta.getNew(), candidateNames)) {
                return true;
            }
        }
        return false;
    }

    /** The names a file declares and the names it uses. */
    private static Set<QualifiedName> names(IResourceDescription description) {
        Set<QualifiedName> names = new HashSet<>();
        for (IEObjectDescription exported : description.getExportedObjects()) {
            names.add(exported.getName().toLowerCase());
        }
        for (QualifiedName imported : description.getImportedNames()) {
            names.add(imported.toLowerCase());
        }
        return names;
    }

    private static boolean shares(IResourceDescription description, Set<QualifiedName> names) {
        if (description == null) {
            return false;
        }
        for (QualifiedName imported : description.getImportedNames()) {
            if (names.contains(imported.toLowerCase())) {
                return true;
            }
        }
        for (IEObjectDescription exported : description.getExportedObjects()) {
            if (names.contains(exported.getName().toLowerCase())) {
                return true;
            }
        }
        return false;
    }
}
