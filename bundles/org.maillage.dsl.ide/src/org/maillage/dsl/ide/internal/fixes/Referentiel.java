package org.maillage.dsl.ide.internal.fixes;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.maillage.model.coop.CoopPackage;

/**
 * The référentiel of a file's project, found in the index the file is resolved against (the
 * workbench project's, the language server's workspace folder's): the file named
 * {@code referentiel.coop} (in the file's folder first), else the first file declaring actors,
 * else the file itself.
 */
public final class Referentiel {

    public static final String NAME = "referentiel.coop";

    private Referentiel() {
    }

    public static URI of(XtextResource resource) {
        URI self = resource.getURI();
        List<URI> files = files(resource);
        URI folder = self.trimSegments(1);
        return files.stream().filter(uri -> NAME.equals(uri.lastSegment()))
                .min(Comparator.comparing((URI uri) -> !uri.trimSegments(1).equals(folder)).thenComparing(URI::toString))
                .orElseGet(() -> declaringActors(resource, files).orElse(self));
    }

    private static List<URI> files(XtextResource resource) {
        IResourceDescriptions index = index(resource);
        if (index == null) {
            return List.of();
        }
        return StreamSupport.stream(index.getAllResourceDescriptions().spliterator(), false)
                .map(IResourceDescription::getURI).sorted(Comparator.comparing(URI::toString)).toList();
    }

    private static java.util.Optional<URI> declaringActors(XtextResource resource, List<URI> files) {
        IResourceDescriptions index = index(resource);
        return files.stream().filter(uri -> {
            IResourceDescription description = index.getResourceDescription(uri);
            return description != null
                    && description.getExportedObjectsByType(CoopPackage.Literals.ACTOR).iterator().hasNext();
        }).findFirst();
    }

    private static IResourceDescriptions index(XtextResource resource) {
        if (resource.getResourceSet() == null || resource.getResourceServiceProvider() == null) {
            return null;
        }
        return resource.getResourceServiceProvider().get(ResourceDescriptionsProvider.class)
                .getResourceDescriptions(resource.getResourceSet());
    }
}
