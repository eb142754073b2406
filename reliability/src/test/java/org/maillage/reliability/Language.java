package org.maillage.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.maillage.dsl.CoopStandaloneSetup;
import org.maillage.dsl.formatting2.TextFormatting;
import org.maillage.model.coop.CoopFile;

import com.google.inject.Injector;

/** The language front end as the command line uses it: parse, link, check, format. */
final class Language {

    static final Injector INJECTOR = CoopStandaloneSetup.doSetup();

    private Language() {
    }

    /** A text parsed and linked in a resource set of its own, under a fixed URI. */
    static XtextResource parse(String text) {
        XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
        XtextResource resource = (XtextResource) set.createResource(URI.createURI("reliability:/input.coop"));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        }
        EcoreUtil.resolveAll(resource);
        return resource;
    }

    static List<Issue> check(XtextResource resource) {
        return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl);
    }

    static String format(XtextResource resource) {
        return INJECTOR.getInstance(TextFormatting.class).format(resource);
    }

    /**
     * Whether two models are equal: contents compared in depth, cross-references by the place of
     * their targets in their file (EMF's equality follows them, and overflows the stack on a
     * {@code within} chain thousands deep).
     */
    static boolean sameModel(CoopFile a, CoopFile b) {
        return new EcoreUtil.EqualityHelper() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean haveEqualReference(EObject first, EObject second, EReference reference) {
                if (reference.isContainment()) {
                    return super.haveEqualReference(first, second, reference);
                }
                return places(first.eGet(reference, false)).equals(places(second.eGet(reference, false)));
            }
        }.equals(a, b);
    }

    private static List<String> places(Object value) {
        List<String> places = new ArrayList<>();
        for (Object target : value instanceof List<?> list ? list : value == null ? List.of() : List.of(value)) {
            EObject object = (EObject) target;
            places.add(object.eIsProxy() ? "proxy " + ((InternalEObject) object).eProxyURI().fragment()
                    : object.eResource() == null ? "detached" : object.eResource().getURIFragment(object));
        }
        return places;
    }

    static CoopFile model(XtextResource resource) {
        return resource.getContents().isEmpty() ? null : (CoopFile) resource.getContents().get(0);
    }
}
