package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.eclipse.emf.common.util.URI;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.model.coop.Plan;
import org.maillage.ui.internal.navigator.CoopContentProvider;
import org.maillage.ui.internal.navigator.CoopLabelProvider;

/**
 * A French user's project: created from the wizard with the example, checked by the builder,
 * broken and repaired through the workspace, shown in the explorer and the Properties view.
 */
class MaillageProjectFrenchUITest {

    /** The example's infos: an unused actor of the référentiel, conventions running past the 2026 municipal elections. */
    private static final List<String> EXAMPLE_INFOS = List.of("CONV-ELECTION", "UNUSED-ACTOR");

    @Test
    void theExampleProjectHasNoErrorAndNoWarning() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-propre");
        assertTrue(project.hasNature(CoopProjects.NATURE_ID));
        assertEquals(3, Arrays.stream(project.members()).filter(CoopProjects::isCoopFile).count());
        List<IMarker> serious = ExampleProject.markers(project, IMarker.SEVERITY_WARNING);
        assertTrue(serious.isEmpty(), "no error or warning: " + ExampleProject.describe(serious));
        assertEquals(EXAMPLE_INFOS, ExampleProject.distinctCodes(project), "only the example's known infos");
        IMarker info = ExampleProject.markers(project, "UNUSED-ACTOR").get(0);
        assertEquals("referentiel.coop", info.getResource().getName());
        assertTrue(info.getAttribute(IMarker.MESSAGE, "").contains("CCASV"), "French message naming the actor");
    }

    @Test
    void aBrokenReferenceIsMarkedInItsFileAndInTheFilesThatDependOnIt() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-casse");
        IFile referentiel = project.getFile("referentiel.coop");

        // the actor OTAHV is renamed: the plan that names it no longer resolves
        String saved = ExampleProject.edit(referentiel, "actor OTAHV ", "actor OTAHVX ");
        List<IMarker> errors = ExampleProject.markers(project.getFile("plan-val-eyrieux.coop"), IMarker.SEVERITY_ERROR);
        assertEquals(9, errors.size(), "each of the nine uses of OTAHV: " + ExampleProject.describe(errors));
        for (IMarker error : errors) {
            assertEquals("LINK-UNRESOLVED", error.getAttribute(CoopProjects.CODE, ""));
            assertTrue(error.getAttribute(IMarker.MESSAGE, "").contains("OTAHV"), error.getAttribute(IMarker.MESSAGE, ""));
            assertTrue(error.getAttribute(IMarker.LINE_NUMBER, 0) > 1);
        }
        assertTrue(ExampleProject.markers(project.getFile("plan-lamastre.coop"), IMarker.SEVERITY_WARNING).isEmpty(),
                "the other plan does not use OTAHV and stays clean");
        assertTrue(ExampleProject.codes(referentiel).contains("UNUSED-ACTOR"),
                "the renamed actor is used nowhere: its own file is re-checked too");

        ExampleProject.write(referentiel, saved);
        List<IMarker> serious = ExampleProject.markers(project, IMarker.SEVERITY_WARNING);
        assertTrue(serious.isEmpty(), "fixed: " + ExampleProject.describe(serious));
        assertEquals(EXAMPLE_INFOS, ExampleProject.distinctCodes(project));
    }

    @Test
    void aRuleOfTheCatalogueIsMarkedWithItsCodeAndLine() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-regle");
        IFile plan = project.getFile("plan-val-eyrieux.coop");
        ExampleProject.edit(plan, "Decision: A/R CCVE, C PNR", "Decision: R CCVE, C PNR");
        List<IMarker> errors = ExampleProject.markers(plan, IMarker.SEVERITY_ERROR);
        assertEquals(1, errors.size(), ExampleProject.describe(errors));
        assertEquals("RACI-NO-A", errors.get(0).getAttribute(CoopProjects.CODE, ""));
        assertEquals(9, errors.get(0).getAttribute(IMarker.LINE_NUMBER, 0));
        assertTrue(errors.get(0).getAttribute(IMarker.MESSAGE, "").endsWith("[RACI-NO-A]"));
        assertNotNull(errors.get(0).getAttribute(CoopProjects.HINT, null), "the hint travels with the marker");
    }

    @Test
    void aProblemIsASentenceNamingTheOtherFileByItsName() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-doublon");
        IFile other = project.getFile("autres acteurs.coop");
        other.create(new java.io.ByteArrayInputStream("actor OTAHV \"Doublon\" public\n".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), true, null);
        ExampleProject.waitForBuild();
        List<IMarker> duplicates = ExampleProject.markers(project.getFile("referentiel.coop"), IMarker.SEVERITY_ERROR);
        assertEquals(1, duplicates.size(), ExampleProject.describe(duplicates));
        String message = duplicates.get(0).getAttribute(IMarker.MESSAGE, "");
        assertEquals("Le nom « OTAHV » est déjà déclaré (autres acteurs.coop) [NAME-DUPLICATE]", message);
        assertTrue(Character.isUpperCase(duplicates.get(0).getAttribute(CoopProjects.HINT, "").charAt(0)),
                "the hint is a sentence too");
    }

    @Test
    void deletingAFileRemovesItsMarkersAndRechecksItsDependants() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-suppression");
        project.getFile("referentiel.coop").delete(true, null);
        ExampleProject.waitForBuild();
        List<IMarker> errors = ExampleProject.markers(project, IMarker.SEVERITY_ERROR);
        assertFalse(errors.isEmpty());
        assertTrue(errors.stream().allMatch(m -> m.getAttribute(CoopProjects.CODE, "").equals("LINK-UNRESOLVED")),
                ExampleProject.describe(errors));
        assertFalse(ExampleProject.codes(project).contains("UNUSED-ACTOR"), "the deleted file's markers are gone");
    }

    @Test
    void aCleanBuildGivesTheSameMarkers() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-nettoyage");
        IFile plan = project.getFile("plan-lamastre.coop");
        ExampleProject.write(plan, ExampleProject.text(plan) + "\nactor Inconnu \"Sans rôle\" association\n");
        List<String> before = ExampleProject.codes(project).stream().sorted().toList();
        project.build(IncrementalProjectBuilder.CLEAN_BUILD, new NullProgressMonitor());
        assertTrue(ExampleProject.markers(project).isEmpty(), "a clean removes the markers");
        ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, new NullProgressMonitor());
        ExampleProject.waitForBuild();
        assertEquals(before, ExampleProject.codes(project).stream().sorted().toList());
        assertTrue(before.contains("UNUSED-ACTOR"));
    }

    @Test
    void theExplorerShowsPlansActionsAndConventionsWithTheirTitles() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-explorateur");
        CoopContentProvider content = new CoopContentProvider();
        CoopLabelProvider labels = new CoopLabelProvider();
        try {
            Object[] top = content.getChildren(project.getFile("plan-val-eyrieux.coop"));
            assertEquals(1, top.length);
            Plan plan = (Plan) top[0];
            assertEquals("PlanValEyrieux — Plan de coopération PNR des Monts d'Ardèche – CC Val'Eyrieux",
                    labels.getText(plan));
            assertNotNull(labels.getImage(plan));
            List<String> children = Arrays.stream(content.getChildren(plan)).map(labels::getText).toList();
            assertEquals(List.of("Sentiers — Schéma des sentiers de randonnée",
                    "Circuits — Circuits courts et marchés de producteurs",
                    "CadreValEyrieux — Convention cadre du plan de coopération Parc – CC Val'Eyrieux",
                    "ConvSentiers — Convention d'application – schéma des sentiers",
                    "ConvCircuits — Convention de partenariat – circuits courts"), children);
            assertEquals(project.getFile("plan-val-eyrieux.coop"), content.getParent(plan));

            IPropertySource properties = Adapters.adapt(content.getChildren(plan)[0], IPropertySource.class);
            assertNotNull(properties, "an action has properties");
            IPropertyDescriptor title = Arrays.stream(properties.getPropertyDescriptors())
                    .filter(d -> d.getDisplayName().equals("Intitulé")).findFirst().orElseThrow();
            assertEquals("Schéma des sentiers de randonnée", properties.getPropertyValue(title.getId()));
            IPropertyDescriptor territory = Arrays.stream(properties.getPropertyDescriptors())
                    .filter(d -> d.getDisplayName().equals("Territoire")).findFirst().orElseThrow();
            assertEquals("ValEyrieux", properties.getPropertyValue(territory.getId()), "references resolved across files");
        } finally {
            content.dispose();
            labels.dispose();
        }
    }

    @Test
    void unsavedEditorContentsShadowTheSavedFileForEveryModelLoaded() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-ombre");
        IFile referentiel = project.getFile("referentiel.coop");
        URI uri = CoopProjects.uri(referentiel);
        String unsaved = ExampleProject.text(referentiel) + "\nactor Nouveau \"Acteur pas encore enregistré\" association\n";
        CoopWorkspace.get().editorContents().put(uri, unsaved);
        try {
            assertTrue(CoopWorkspace.get().load(referentiel).getActors().stream()
                    .anyMatch(a -> a.getName().equals("Nouveau")), "the unsaved text is what a view loads");
        } finally {
            CoopWorkspace.get().editorContents().remove(uri);
        }
        assertFalse(CoopWorkspace.get().load(referentiel).getActors().stream()
                .anyMatch(a -> a.getName().equals("Nouveau")), "closing without saving: the saved file counts again");
    }
}
