package org.maillage.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.samples.AdversarialInputs;
import org.maillage.dsl.samples.PlanGenerator;
import org.maillage.model.coop.CoopFile;

/** The language's fragments are EMF's own, before and after the lists change, and resolve back. */
class IndexedFragmentProviderHeadlessTest {

    private static void assertFragmentsAreEmfs(XtextResource resource) {
        CoopFile copy = EcoreUtil.copy((CoopFile) resource.getContents().get(0));
        new ResourceImpl(URI.createURI("mem:/copy")).getContents().add(copy);
        List<EObject> ours = new ArrayList<>();
        resource.getContents().get(0).eAllContents().forEachRemaining(ours::add);
        List<EObject> emfs = new ArrayList<>();
        copy.eAllContents().forEachRemaining(emfs::add);
        assertEquals(emfs.size(), ours.size());
        for (int i = 0; i < ours.size(); i++) {
            String fragment = resource.getURIFragment(ours.get(i));
            assertEquals(copy.eResource().getURIFragment(emfs.get(i)), fragment);
            assertSame(ours.get(i), resource.getEObject(fragment));
        }
    }

    @Test
    void fragmentsAreEmfsInLongAndShortListsAndAfterChanges() {
        CoopFixture fixture = new CoopFixture();
        XtextResource plan = fixture.add("plan", new PlanGenerator(3, PlanGenerator.Size.M).generate());
        assertFragmentsAreEmfs(plan);
        XtextResource chain = fixture.add("chain", AdversarialInputs.withinChain(300));
        assertFragmentsAreEmfs(chain);
        CoopFile file = fixture.file(chain);
        file.getTerritories().move(0, 250);
        file.getTerritories().remove(10);
        assertFragmentsAreEmfs(chain);
    }
}
