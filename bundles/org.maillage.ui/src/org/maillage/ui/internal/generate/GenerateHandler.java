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
import org.maillage.ui.internal.raci.PlanChoice;

/** Opens the Generate wizard on the Maillage project of the selection or of the active editor. */
public final class GenerateHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        GenerateWizard.open(HandlerUtil.getActiveShell(event), wizardFor(HandlerUtil.getCurrentSelection(event),
                HandlerUtil.getActiveEditor(event)));
        return null;
    }

    /**
     * The wizard for the selection or the active editor, the RACI documents chosen: on the project, for the
     * plan the user works on (its HTML opens at the end); null when no Maillage project is designated.
     */
    public static GenerateWizard wizardFor(ISelection selection, IEditorPart editor) {
        IProject project = project(selection, editor);
        if (project == null) {
            return null;
        }
        PlanChoice current = PlanChoice.of(selection);
        if (current == null || !current.file().getProject().equals(project)) {
            current = PlanChoice.of(editor);
        }
        return new GenerateWizard(project, "raci", current);
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
