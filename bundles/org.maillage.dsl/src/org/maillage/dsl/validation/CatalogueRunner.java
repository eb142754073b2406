package org.maillage.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.RuleCatalogue;

import com.google.inject.Singleton;

/**
 * Runs the rule catalogue over all the .coop resources of a resource set once, and keeps the
 * findings while no resource is re-parsed, so validating N files runs the catalogue once.
 */
@Singleton
public class CatalogueRunner {

    private record Cached(List<Object> fingerprint, Locale locale, List<Finding> findings) {
    }

    private final Map<ResourceSet, Cached> cache = new WeakHashMap<>();

    public synchronized List<Finding> findings(Resource resource, Locale locale) {
        ResourceSet set = resource.getResourceSet();
        List<Resource> resources = set == null ? List.of(resource) : List.copyOf(set.getResources());
        List<Object> fingerprint = new ArrayList<>();
        List<CoopFile> files = new ArrayList<>();
        for (Resource r : resources) {
            if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof CoopFile file) {
                files.add(file);
                fingerprint.add(r.getURI());
                fingerprint.add(r instanceof XtextResource x ? System.identityHashCode(x.getParseResult()) : 0);
            }
        }
        Cached cached = set == null ? null : cache.get(set);
        if (cached != null && cached.fingerprint().equals(fingerprint) && cached.locale().equals(locale)) {
            return cached.findings();
        }
        List<Finding> findings = new RuleCatalogue(locale).check(files);
        if (set != null) {
            cache.put(set, new Cached(fingerprint, locale, findings));
        }
        return findings;
    }
}
