package org.maillage.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ChunkedResourceDescriptions;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.validation.Finding;
import org.maillage.model.validation.RuleCatalogue;
import org.maillage.model.validation.RuleDefaults;
import org.maillage.model.validation.RuleSettings;

import com.google.inject.Singleton;

/**
 * Runs the rule catalogue over all the .coop resources of a resource set once, and keeps the
 * findings on the resource set (an adapter, gone with it) while no resource is re-parsed, so that
 * validating N files runs the catalogue once. The catalogue checks with the application's settings
 * ({@link RuleDefaults}); a change of them runs it again.
 */
@Singleton
public class CatalogueRunner {

    private static final class Cached extends AdapterImpl {

        private List<Object> fingerprint;
        private Locale locale;
        private RuleSettings settings;
        private List<Finding> findings;

        @Override
        public boolean isAdapterForType(Object type) {
            return type == Cached.class;
        }
    }

    public List<Finding> findings(Resource resource, Locale locale) {
        ResourceSet set = resource.getResourceSet();
        if (set != null) {
            loadIndexed(set);
        }
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
        if (set == null) {
            return new RuleCatalogue(locale).check(files);
        }
        synchronized (set) {
            Cached cached = cached(set);
            RuleSettings settings = RuleDefaults.current();
            if (!fingerprint.equals(cached.fingerprint) || !locale.equals(cached.locale)
                    || !settings.equals(cached.settings)) {
                cached.findings = new RuleCatalogue(locale, settings).check(files);
                cached.fingerprint = fingerprint;
                cached.locale = locale;
                cached.settings = settings;
            }
            return cached.findings;
        }
    }

    /**
     * In a workspace or a language server only some files are loaded; the rest of the model is in
     * the index the resource set carries. The catalogue needs all of it: load what is missing.
     */
    private static void loadIndexed(ResourceSet set) {
        ChunkedResourceDescriptions index = ChunkedResourceDescriptions.findInEmfObject(set);
        if (index == null) {
            return;
        }
        for (IResourceDescription description : index.getAllResourceDescriptions()) {
            URI uri = description.getURI();
            if (set.getResource(uri, false) == null) {
                try {
                    set.getResource(uri, true);
                } catch (RuntimeException gone) {
                    // deleted or unreadable since it was indexed: the builder reports it on its own
                    Resource broken = set.getResource(uri, false);
                    if (broken != null) {
                        set.getResources().remove(broken);
                    }
                }
            }
        }
    }

    private static Cached cached(ResourceSet set) {
        for (Adapter adapter : set.eAdapters()) {
            if (adapter instanceof Cached cached) {
                return cached;
            }
        }
        Cached cached = new Cached();
        set.eAdapters().add(cached);
        return cached;
    }
}
