package org.maillage.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/** Parses and links a generated plan the way the command line does, for every benchmark. */
final class PlanModels {

    private PlanModels() {
    }

    static XtextResource parseAndLink(Injector injector, byte[] text) throws IOException {
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) set.createResource(URI.createURI("bench:/plan.coop"));
        resource.load(new ByteArrayInputStream(text), null);
        EcoreUtil.resolveAll(set);
        return resource;
    }
}
