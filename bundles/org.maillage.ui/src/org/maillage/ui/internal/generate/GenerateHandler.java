package org.maillage.ui.internal.generate;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.dsl.ui.CoopProjects;

/** Opens the Generate wizard on the Maillage project of the selection or of the active editor. */
public final class GenerateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        GenerateWizard.open(HandlerUtil.getActiveShell(event), project(HandlerUtil.getCurrentSelection(event),
                HandlerUtil.getActiveEditor(event)), null);
        return null;
    }

    static IProject project(ISelection selection, IEditorPart editor) {
        IProject found = null;
        if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
            Object first = structured.getFirstElement();
            if (first instanceof EObject element && element.eResource() != null
                    && CoopProjects.file(element.eResource().getURI()) != null) {
                found = CoopProjects.file(element.eResource().getURI()).getProject();
            } else {
                IResource resource = Adapters.adapt(first, IResource.class);
                found = resource == null ? null : resource.getProject();
            }
        }
        if (found == null && editor != null && editor.getEditorInput() instanceof IFileEditorInput input) {
            found = input.getFile().getProject();
        }
        return found != null && CoopProjects.isCoopProject(found) ? found : null;
    }
}
