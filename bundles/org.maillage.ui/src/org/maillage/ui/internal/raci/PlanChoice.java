package org.maillage.ui.internal.raci;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.model.coop.Plan;

/**
 * Which plan a selection or an editor designates: a .coop file (its first plan), a plan, or an
 * element inside a plan (its plan).
 */
public record PlanChoice(IFile file, String planName) {

    public static PlanChoice of(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
            return null;
        }
        Object element = structured.getFirstElement();
        if (element instanceof EObject object && object.eResource() != null) {
            IFile file = CoopProjects.file(object.eResource().getURI());
            for (EObject current = object; current != null; current = current.eContainer()) {
                if (current instanceof Plan plan) {
                    return file == null ? null : new PlanChoice(file, plan.getName());
                }
            }
            return file == null ? null : new PlanChoice(file, null);
        }
        IFile file = Adapters.adapt(element, IFile.class);
        return file != null && CoopProjects.isCoopFile(file) ? new PlanChoice(file, null) : null;
    }

    public static PlanChoice of(IEditorPart editor) {
        IEditorInput input = editor == null ? null : editor.getEditorInput();
        if (input instanceof IFileEditorInput fileInput && CoopProjects.isCoopFile(fileInput.getFile())) {
            return new PlanChoice(fileInput.getFile(), null);
        }
        return null;
    }
}
