package org.maillage.ui.internal.raci;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.maillage.diagram.CoopDocument;
import org.maillage.diagram.TextEdit;
import org.maillage.diagram.internal.edit.CoopInjector;
import org.maillage.diagram.internal.edit.Created;
import org.maillage.diagram.internal.edit.DiagramOperations;
import org.maillage.diagram.internal.edit.LoadedModel;
import org.maillage.diagram.internal.edit.Refusal;
import org.maillage.diagram.internal.graph.ElementIds;
import org.maillage.diagram.ui.internal.WorkbenchDocuments;
import org.maillage.model.coop.Role;

/**
 * The matrix's changes as edits of the file's text buffer, the one the text editor and the diagram
 * share (so one undo history and one dirty flag), computed by the diagram's operations: the role
 * letters of an entry change in place, through the serializer, comments and layout kept. The file's
 * text editor is opened (in the background) so that the change shows, is checked and can be saved.
 */
final class MatrixEdits {

    private final IWorkbenchPage page;

    MatrixEdits(IWorkbenchPage page) {
        this.page = page;
    }

    /** Sets an actor's roles on a function line; a refusal's message says why nothing changed. */
    void setRoles(IFile file, RaciGrid.Line line, String actor, Set<Role> roles) throws Refusal {
        CoopDocument document = document(file);
        List<TextEdit> edits = operations(document, line.plan()).setRoles(line.action(), line.function(), actor, roles);
        document.apply(edits);
    }

    /** Declares a new function for an action; returns its name (a line without roles until it gets one). */
    String addFunction(IFile file, RaciGrid.Line action) throws Refusal {
        CoopDocument document = document(file);
        Created created = operations(document, action.plan()).createFunction(ElementIds.of("action", action.action()));
        document.apply(created.edits());
        String[] names = ElementIds.names(created.id());
        return names[names.length - 1];
    }

    /** The shared document of a file, for the view's undo and redo too. */
    static CoopDocument documentOf(IFile file) throws Refusal {
        try {
            return WorkbenchDocuments.INSTANCE.document(file);
        } catch (IOException e) {
            throw new Refusal(e.getMessage());
        }
    }

    private CoopDocument document(IFile file) throws Refusal {
        if (page.findEditor(new org.eclipse.ui.part.FileEditorInput(file)) == null) {
            try {
                IDE.openEditor(page, file, false);
            } catch (PartInitException e) {
                throw new Refusal(e.getMessage());
            }
        }
        return documentOf(file);
    }

    private static DiagramOperations operations(CoopDocument document, String plan) throws Refusal {
        LoadedModel model = LoadedModel.of(CoopInjector.get(), document, WorkbenchDocuments.INSTANCE.locale());
        return DiagramOperations.on(model, plan, WorkbenchDocuments.INSTANCE.locale());
    }
}
