package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.browser.Browser;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.ui.internal.DiagramEditor;
import org.maillage.diagram.ui.internal.DiagramEditorInput;

/**
 * The diagram editor in the real workbench: opened from the explorer's selection on the example
 * plan, the web client draws it in the SWT Browser (WebKitGTK); a diagram edit is an edit of the
 * open text editor's document, dirty with it, undone by the workbench's Undo.
 */
class DiagramEditorFrenchUITest {

    @AfterEach
    void closeEditors() {
        WorkbenchAssertions.window().getActivePage().closeAllEditors(false);
    }

    @Test
    void theWhoDoesWhatDiagramOfTheExampleIsDrawnAndEditsTheOpenText() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-diagramme");
        IFile plan = project.getFile("plan-lamastre.coop");
        ITextEditor text = (ITextEditor) IDE.openEditor(WorkbenchAssertions.window().getActivePage(), plan);
        WorkbenchAssertions.window().getActivePage().activate(
                WorkbenchAssertions.window().getActivePage().findView("org.eclipse.ui.navigator.ProjectExplorer"));
        DiagramEditor diagram = open(plan, "org.maillage.diagram.ui.openWhoDoesWhat");
        Browser browser = diagram.browser();
        try {
            ExampleProject.waitUntil(() -> Boolean.TRUE.equals(evaluate(browser,
                    "return !!(window.maillage && window.maillage.ready && window.maillage.elementIds().includes('function:Velo/Decision'));")),
                    "the client draws the diagram");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + evaluate(browser, "return location.href + ' | ' + document.readyState"
                    + " + ' | ' + (typeof window.maillage) + ' | ' + document.querySelectorAll('[data-svg-metadata-type]').length + ' | '"
                    + " + (window.maillage ? window.maillage.elementIds().length : -1);"), e);
        }
        assertEquals("Qui fait quoi – plan-lamastre.coop", diagram.getPartName(), String.valueOf(evaluate(browser,
                "return location.href + ' | ' + document.readyState + ' | ' + (document.getElementById('status') || {}).textContent;")));
        assertTrue((Boolean) evaluate(browser, "return window.maillage.elementIds().includes('role:Velo/Decision/CCPL');"),
                "role links are in the diagram");
        assertTrue((Boolean) evaluate(browser, "return !!document.querySelector('[id*=\"actor:\"] text.mg-heading');"),
                "nodes are drawn with their headings");

        // selecting a node in the diagram selects its model element in the workbench (Properties view)
        evaluate(browser, "window.maillage.dispatcher.dispatch({kind: 'elementSelected', selectedElementsIDs: ['actor:PNR'],"
                + " deselectedElementsIDs: [], deselectAll: true}); return true;");
        ExampleProject.waitUntil(() -> diagram.getSite().getSelectionProvider().getSelection() instanceof StructuredSelection s
                && s.getFirstElement() instanceof org.maillage.model.coop.Actor actor && "PNR".equals(actor.getName()),
                "the diagram's selection is the actor PNR: " + diagram.getSite().getSelectionProvider().getSelection());

        // the Outline lists the plan's elements; selecting one there selects it in the diagram (and in the workbench)
        var outline = (org.eclipse.ui.views.contentoutline.ContentOutline) WorkbenchAssertions.window().getActivePage()
                .showView("org.eclipse.ui.views.ContentOutline");
        WorkbenchAssertions.window().getActivePage().activate(diagram);
        ExampleProject.processEvents();
        var page = (org.eclipse.ui.views.contentoutline.ContentOutlinePage) diagram
                .getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class);
        ExampleProject.waitUntil(() -> outline.getCurrentPage() == page, "the Outline shows the diagram's page");
        var velo = java.util.Arrays.stream(((org.eclipse.swt.widgets.Tree) page.getControl()).getItems())
                .filter(i -> i.getText().startsWith("Velo –")).findFirst().orElseThrow();
        page.setSelection(new StructuredSelection(velo.getData()));
        ExampleProject.waitUntil(() -> Boolean.TRUE.equals(evaluate(browser,
                "return JSON.stringify(window.maillage.selectedIds()) === '[\"action:Velo\"]';")), "Velo is selected in the diagram");
        ExampleProject.waitUntil(() -> diagram.getSite().getSelectionProvider().getSelection() instanceof StructuredSelection s
                && s.getFirstElement() instanceof org.maillage.model.coop.Action action && "Velo".equals(action.getName()),
                "and in the workbench");

        // an edit in the diagram (the label edit operation of the client) changes the open text editor's document
        evaluate(browser, "window.maillage.dispatcher.dispatch({kind: 'applyLabelEdit', isOperation: true,"
                + " labelId: 'action:Velo#title', text: 'Voie verte du Doux'}); return true;");
        ExampleProject.waitUntil(() -> text.getDocumentProvider().getDocument(text.getEditorInput()).get()
                .contains("\"Voie verte du Doux\""), "the text editor shows the diagram's edit");
        assertTrue(diagram.isDirty() && text.isDirty(), "dirty together");

        // the workbench's Undo (the diagram editor active) undoes it in the text
        WorkbenchAssertions.window().getActivePage().activate(diagram);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
        ExampleProject.waitUntil(() -> text.getDocumentProvider().getDocument(text.getEditorInput()).get()
                .contains("\"Itinéraire vélo du Doux\""), "undone in the text");
        assertFalse(text.getDocumentProvider().getDocument(text.getEditorInput()).get().contains("Voie verte"));

        // an edit in the text editor shows in the open diagram
        var document = text.getDocumentProvider().getDocument(text.getEditorInput());
        int at = document.get().indexOf("\"Itinéraire vélo du Doux\"");
        document.replace(at, "\"Itinéraire vélo du Doux\"".length(), "\"Véloroute du Doux\"");
        ExampleProject.waitUntil(() -> Boolean.TRUE.equals(evaluate(browser,
                "return window.maillage.titleOf('action:Velo') === 'Véloroute du Doux';")),
                "the diagram follows the text");
    }

    /** Opens a diagram of a file as a user does: the file selected in the explorer, then the command. */
    static DiagramEditor open(IFile file, String commandId) throws Exception {
        var explorer = WorkbenchAssertions.window().getActivePage().showView("org.eclipse.ui.navigator.ProjectExplorer");
        ((org.eclipse.ui.navigator.CommonNavigator) explorer).selectReveal(new StructuredSelection(file));
        ExampleProject.processEvents();
        WorkbenchAssertions.window().getActivePage().activate(explorer);
        ExampleProject.processEvents();
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
        ExampleProject.processEvents();
        IEditorPart active = WorkbenchAssertions.window().getActivePage().getActiveEditor();
        assertTrue(active instanceof DiagramEditor, "a diagram editor opened: " + active + ", explorer selection: "
                + explorer.getSite().getSelectionProvider().getSelection());
        return (DiagramEditor) active;
    }

    /** A script's result in the diagram's browser, or null while the page is not ready. */
    static Object evaluate(Browser browser, String script) {
        try {
            return browser.evaluate(script);
        } catch (org.eclipse.swt.SWTException e) {
            return null;
        }
    }



    @Test
    void anOpenDiagramIsSavedWithTheWorkbenchAndRestoredAsTheSameDiagram() throws Exception {
        IProject project = ExampleProject.createWithWizard("diagramme-restaure");
        DiagramEditorInput input = new DiagramEditorInput(project.getFile("plan-lamastre.coop"), DiagramKind.WHO_DOES_WHAT);
        IPersistableElement persistable = input.getPersistable();
        XMLMemento saved = XMLMemento.createWriteRoot("editor");
        persistable.saveState(saved);
        StringWriter text = new StringWriter();
        saved.save(text);
        IElementFactory factory = PlatformUI.getWorkbench().getElementFactory(persistable.getFactoryId());
        IAdaptable restored = factory.createElement(XMLMemento.createReadRoot(new StringReader(text.toString())));
        assertEquals(input, restored, "the workbench restores the who-does-what diagram, not the file: " + restored);
        IEditorPart part = WorkbenchAssertions.window().getActivePage().openEditor((IEditorInput) restored, DiagramEditor.ID);
        assertTrue(part instanceof DiagramEditor, "the restored diagram opens: " + part);
    }

    @Test
    void aFileOpenAsTextAndAsADiagramIsOneResourceToSave() throws Exception {
        IFile file = ExampleProject.createWithWizard("diagramme-enregistrer").getFile("plan-lamastre.coop");
        var page = WorkbenchAssertions.window().getActivePage();
        ITextEditor text = (ITextEditor) IDE.openEditor(page, file);
        IEditorPart diagram = page.openEditor(new DiagramEditorInput(file, DiagramKind.WHO_DOES_WHAT), DiagramEditor.ID,
                true, org.eclipse.ui.IWorkbenchPage.MATCH_ID | org.eclipse.ui.IWorkbenchPage.MATCH_INPUT);
        assertTrue(diagram instanceof DiagramEditor, "the diagram opens: " + diagram);
        text.getDocumentProvider().getDocument(text.getEditorInput()).replace(0, 0, "// modifié\n");
        assertTrue(text.isDirty() && diagram.isDirty(), "one buffer, both dirty");
        var saveables = (org.eclipse.ui.internal.SaveablesList) PlatformUI.getWorkbench()
                .getService(org.eclipse.ui.ISaveablesLifecycleListener.class);
        var dirty = java.util.Arrays.stream(saveables.getOpenModels()).filter(Saveable::isDirty).toList();
        assertEquals(1, dirty.size(), "Save Resources lists the file once: " + dirty);
        assertEquals("plan-lamastre.coop", dirty.get(0).getName());
    }
}
