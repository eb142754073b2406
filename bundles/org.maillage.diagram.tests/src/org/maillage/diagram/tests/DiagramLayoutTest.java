package org.maillage.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GEdge;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.internal.document.FileDocument;
import org.maillage.diagram.internal.edit.LoadedModel;
import org.maillage.diagram.internal.graph.DiagramGraphs;
import org.maillage.diagram.internal.layout.DiagramLayout;
import org.maillage.diagram.internal.layout.GraphPositions;
import org.maillage.diagram.internal.layout.LayoutSidecar;
import org.maillage.diagram.internal.layout.ShownPlaces;
import org.maillage.diagram.internal.edit.DiagramOperations;
import org.maillage.model.coop.Plan;

/** The two diagrams of the reference plan: content, a stable ELK layout, and the user's positions kept beside the text. */
class DiagramLayoutTest {

    @TempDir
    Path folder;

    private Plan plan() throws Exception {
        Example.copy(folder);
        LoadedModel model = Example.load(new FileDocument(folder.resolve("plan-lamastre.coop")));
        return model.plan("PlanLamastre").orElseThrow();
    }

    private static GGraph laidOut(DiagramKind kind, Plan plan, Map<String, double[]> user) {
        GGraph graph = DiagramGraphs.build(kind, plan, Locale.FRENCH, List.of(), Set.of());
        DiagramLayout.apply(graph, user);
        return graph;
    }

    @Test
    void theMapNestsTerritoriesAndLinksConventionsToTheirParties() throws Exception {
        GGraph map = laidOut(DiagramKind.MAP, plan(), Map.of());
        Map<String, GModelElement> byId = index(map);
        assertEquals("territory:Ardeche", byId.get("territory:Lamastre").getParent().getId(), "Lamastre is within Ardèche");
        assertEquals("territory:Lamastre", byId.get("actor:CCPL").getParent().getId(), "CCPL covers Lamastre");
        assertTrue(byId.containsKey("party:ConvVelo/Departement"));
        assertTrue(byId.containsKey("delegation:CCPL/Departement"), "CCPL is A and Departement R of MaitriseOuvrage");
        assertTrue(byId.containsKey("overlap:Lamastre/Parc"));
    }

    @Test
    void whoDoesWhatLinksActorsToFunctionsWithTheirRoleLetters() throws Exception {
        GGraph diagram = laidOut(DiagramKind.WHO_DOES_WHAT, plan(), Map.of());
        Map<String, GModelElement> byId = index(diagram);
        GEdge edge = (GEdge) byId.get("role:Velo/Decision/CCPL");
        assertEquals("A/R", org.maillage.diagram.internal.graph.Shapes.edgeText(edge));
        assertTrue(edge.getCssClasses().contains("role-A"));
        assertEquals("action:Velo", byId.get("function:Velo/Decision").getParent().getId());
    }

    @Test
    void findingsOfTheRuleCatalogueAreMarkersOnTheirElements() throws Exception {
        Example.copy(folder);
        Path file = folder.resolve("plan-lamastre.coop");
        // Velo's Decision loses its A: RACI-NO-A on the entry, shown on the function in the action.
        Files.writeString(file, Files.readString(file).replace("Decision: A/R CCPL, C PNR", "Decision: R CCPL, C PNR"));
        LoadedModel model = Example.load(new FileDocument(file));
        GGraph graph = DiagramGraphs.build(DiagramKind.WHO_DOES_WHAT, model.plan("PlanLamastre").orElseThrow(), Locale.FRENCH,
                model.findings(), Set.of());
        GModelElement marker = index(graph).get("function:Velo/Decision#marker");
        assertTrue(marker instanceof org.eclipse.glsp.graph.GIssueMarker, "a marker on the function");
        org.eclipse.glsp.graph.GIssue issue = ((org.eclipse.glsp.graph.GIssueMarker) marker).getIssues().get(0);
        assertEquals("error", issue.getSeverity());
        assertTrue(issue.getMessage().endsWith("[RACI-NO-A]"), issue.getMessage());
        assertFalse(index(graph).containsKey("function:Vergers/Decision#marker"), "only where the finding is");
    }

    @Test
    void theLayoutIsStableAndSiblingsDoNotOverlap() throws Exception {
        Plan plan = plan();
        for (DiagramKind kind : DiagramKind.values()) {
            Map<String, double[]> first = bounds(laidOut(kind, plan, Map.of()));
            Map<String, double[]> second = bounds(laidOut(kind, plan, Map.of()));
            assertEquals(first.keySet(), second.keySet());
            first.forEach((id, b) -> assertArrayEquals(b, second.get(id), 0.001, id));
            GGraph graph = laidOut(kind, plan, Map.of());
            assertNoOverlap(graph);
        }
    }

    @Test
    void anEditKeepsTheElementsShownWhereTheyAreAndPlacesOnlyTheNewOnes() throws Exception {
        Example.copy(folder);
        FileDocument document = new FileDocument(folder.resolve("plan-lamastre.coop"));
        GGraph before = whoDoesWhat(document, ShownPlaces.none());
        Map<String, double[]> shown = bounds(before);
        // an actor and a role for it, as the palette makes them
        DiagramOperations operations = DiagramOperations.on(Example.load(document), "PlanLamastre", Locale.FRENCH);
        document.apply(operations.createActor(null).edits());
        document.apply(DiagramOperations.on(Example.load(document), "PlanLamastre", Locale.FRENCH)
                .connect("edge:role:R", "actor:NouvelActeur", "function:Vergers/Decision"));
        Map<String, double[]> relaidOut = bounds(whoDoesWhat(document, ShownPlaces.none()));
        assertTrue(shown.entrySet().stream().anyMatch(e -> relaidOut.get(e.getKey())[1] != e.getValue()[1]),
                "laid out whole again, the diagram would move elements the edit did not touch");

        GGraph after = whoDoesWhat(document, ShownPlaces.of(before));
        Map<String, double[]> kept = bounds(after);
        shown.forEach((id, b) -> {
            assertEquals(b[0], kept.get(id)[0], 0.001, id + " keeps its place");
            assertEquals(b[1], kept.get(id)[1], 0.001, id + " keeps its place");
        });
        assertTrue(kept.containsKey("actor:NouvelActeur"), "the new actor is shown");
        assertNoOverlap(after);
        assertEquals(relaidOut.keySet(), bounds(whoDoesWhat(document, ShownPlaces.none())).keySet());
    }

    private static GGraph whoDoesWhat(FileDocument document, ShownPlaces shown) {
        LoadedModel model = Example.load(document);
        GGraph graph = DiagramGraphs.build(DiagramKind.WHO_DOES_WHAT, model.plan("PlanLamastre").orElseThrow(), Locale.FRENCH,
                List.of(), Set.of());
        DiagramLayout.apply(graph, Map.of(), shown);
        return graph;
    }

    @Test
    void aLargeDiagramIsLaidOutLevelByLevelWithoutOverlaps() throws Exception {
        Path file = folder.resolve("grand.coop");
        Files.writeString(file, new org.maillage.dsl.samples.PlanGenerator(3, org.maillage.dsl.samples.PlanGenerator.Size.M).generate());
        LoadedModel model = Example.load(new FileDocument(file));
        Plan plan = model.plan(null).orElseThrow();
        GGraph graph = laidOut(DiagramKind.WHO_DOES_WHAT, plan, Map.of());
        long nodes = index(graph).values().stream().filter(GNode.class::isInstance).count();
        assertTrue(nodes > 300, "large enough for the level-by-level layout: " + nodes);
        assertNoOverlap(graph);
        Map<String, double[]> again = bounds(laidOut(DiagramKind.WHO_DOES_WHAT, plan, Map.of()));
        bounds(graph).forEach((id, b) -> assertArrayEquals(b, again.get(id), 0.001, id));
    }

    @Test
    void theUsersPositionsSurviveTheSidecarAndWinOverElk() throws Exception {
        Plan plan = plan();
        Path coop = folder.resolve("plan-lamastre.coop");
        LayoutSidecar sidecar = LayoutSidecar.of(coop);
        String key = LayoutSidecar.key("map", "PlanLamastre");
        sidecar.put(key, "actor:GAL", 700, 40, 200, 90);
        sidecar.write();
        assertTrue(Files.isRegularFile(folder.resolve("plan-lamastre.coop.layout")));
        LayoutSidecar read = LayoutSidecar.of(coop);
        assertArrayEquals(new double[] {700, 40, 200, 90}, read.bounds(key).get("actor:GAL"), 0.001);
        GGraph map = laidOut(DiagramKind.MAP, plan, read.bounds(key));
        GNode gal = (GNode) index(map).get("actor:GAL");
        assertEquals(700, gal.getPosition().getX(), 0.001);
        assertEquals(200, gal.getSize().getWidth(), 0.001);
        index(map).values().stream().filter(GEdge.class::isInstance).map(GEdge.class::cast)
                .filter(e -> e.getSourceId().equals("actor:GAL") || e.getTargetId().equals("actor:GAL"))
                .forEach(e -> assertFalse(e.getArgs().containsKey(GraphPositions.ROUTE_ARG), "a link of a moved node is drawn straight"));
    }

    @Test
    void anUnreadableSidecarIsReportedAndIgnored() throws Exception {
        Path coop = Example.copy(folder).resolve("plan-lamastre.coop");
        Files.writeString(folder.resolve("plan-lamastre.coop.layout"), "{ not json");
        LayoutSidecar sidecar = LayoutSidecar.of(coop);
        assertTrue(sidecar.problem().isPresent());
        assertTrue(sidecar.bounds(LayoutSidecar.key("map", "PlanLamastre")).isEmpty());
    }

    private static void assertNoOverlap(GModelElement parent) {
        List<GNode> nodes = new ArrayList<>();
        parent.getChildren().stream().filter(GNode.class::isInstance).map(GNode.class::cast).forEach(nodes::add);
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                GNode a = nodes.get(i);
                GNode b = nodes.get(j);
                boolean apart = a.getPosition().getX() + a.getSize().getWidth() <= b.getPosition().getX() + 0.5
                        || b.getPosition().getX() + b.getSize().getWidth() <= a.getPosition().getX() + 0.5
                        || a.getPosition().getY() + a.getSize().getHeight() <= b.getPosition().getY() + 0.5
                        || b.getPosition().getY() + b.getSize().getHeight() <= a.getPosition().getY() + 0.5;
                assertTrue(apart, a.getId() + " overlaps " + b.getId());
            }
        }
        nodes.forEach(DiagramLayoutTest::assertNoOverlap);
    }

    private static Map<String, double[]> bounds(GModelElement root) {
        Map<String, double[]> bounds = new LinkedHashMap<>();
        index(root).values().stream().filter(GNode.class::isInstance).map(GNode.class::cast).forEach(n -> bounds.put(n.getId(),
                new double[] {n.getPosition().getX(), n.getPosition().getY(), n.getSize().getWidth(), n.getSize().getHeight()}));
        return bounds;
    }

    static Map<String, GModelElement> index(GModelElement root) {
        Map<String, GModelElement> byId = new LinkedHashMap<>();
        collect(root, byId);
        return byId;
    }

    private static void collect(GModelElement element, Map<String, GModelElement> byId) {
        byId.put(element.getId(), element);
        element.getChildren().forEach(child -> collect(child, byId));
    }
}
