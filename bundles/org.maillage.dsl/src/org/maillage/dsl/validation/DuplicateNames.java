package org.maillage.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.CoopPackage;
import org.maillage.model.coop.NamedElement;

import com.google.inject.Inject;

/**
 * Names are unique across all the files of a model, whatever the kinds of the elements: looks
 * each name of a file up in the index of every file (the one the language server and the
 * workbench builder keep, or the resource set's in the command line).
 */
public class DuplicateNames {

    /** An element whose name is declared elsewhere too; {@code elsewhere} says where. */
    public record Duplicate(NamedElement element, String elsewhere) {
    }

    @Inject
    private ResourceDescriptionsProvider index;

    public List<Duplicate> find(CoopFile file) {
        IResourceDescriptions descriptions = index.getResourceDescriptions(file.eResource());
        List<Duplicate> result = new ArrayList<>();
        URI self = file.eResource().getURI();
        for (EObject object : (Iterable<EObject>) file::eAllContents) {
            if (!(object instanceof NamedElement element) || element.getName() == null) {
                continue;
            }
            URI own = org.eclipse.emf.ecore.util.EcoreUtil.getURI(element);
            List<IEObjectDescription> same = StreamSupport
                    .stream(descriptions.getExportedObjects(CoopPackage.Literals.NAMED_ELEMENT,
                            QualifiedName.create(element.getName()), false).spliterator(), false)
                    .filter(d -> !d.getEObjectURI().equals(own)).toList();
            if (!same.isEmpty()) {
                result.add(new Duplicate(element, same.stream().map(d -> where(d.getEObjectURI(), self))
                        .distinct().collect(Collectors.joining(", "))));
            }
        }
        return result;
    }

    /** A file given to the command line by its path; in the workbench (platform URIs) or the same file, by its name. */
    private static String where(URI other, URI self) {
        URI file = other.trimFragment();
        return file.isFile() && !file.equals(self) ? file.toFileString() : URI.decode(file.lastSegment());
    }
}
