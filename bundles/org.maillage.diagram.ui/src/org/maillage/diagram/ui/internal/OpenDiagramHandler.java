package org.maillage.diagram.ui.internal;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.maillage.diagram.DiagramKind;

/**
 * Opens a diagram of the {@code .coop} file selected in the explorer (a file, or an element of it)
 * or shown in the active text editor. The handler's data ({@code :map} or {@code :who-does-what})
 * says which diagram.
 */
public class OpenDiagramHandler extends AbstractHandler implements IExecutableExtension {
    private DiagramKind kind = DiagramKind.MAP;

    @Override
    public void setInitializationData(IConfigurationElement config, String property, Object data) throws CoreException {
        if ("who-does-what".equals(data)) {
            kind = DiagramKind.WHO_DOES_WHAT;
        }
    }

    @Override
    public Object execute(ExecutionEvent event) {
        Optional<IFile> file = selectedFile(event);
        if (file.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.get("error.title"), Messages.get("error.noFile"));
            return null;
        }
        try {
            // MATCH_ID too: the file's text editor has an equal (file) input and must not be taken for the diagram.
            HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().openEditor(new DiagramEditorInput(file.get(), kind),
                    DiagramEditor.ID, true, IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
        } catch (PartInitException e) {
            MessageDialog.openError(HandlerUtil.getActiveShell(event), Messages.get("error.title"), e.getMessage());
        }
        return null;
    }

    /** The selected file (or the file of the selected element) when the explorer is active; else the active text editor's file. */
    private static Optional<IFile> selectedFile(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        Optional<IFile> edited = editor != null && editor.getEditorInput() instanceof IFileEditorInput input
                && "coop".equals(input.getFile().getFileExtension()) ? Optional.of(input.getFile()) : Optional.empty();
        if (HandlerUtil.getActivePart(event) == editor) {
            return edited;
        }
        return selected(event).or(() -> edited);
    }

    private static Optional<IFile> selected(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && !selection.isEmpty()) {
            Object first = selection.getFirstElement();
            IFile file = Adapters.adapt(first, IFile.class);
            if (file == null && first instanceof org.eclipse.emf.ecore.EObject element && element.eResource() != null) {
                file = fileOf(element.eResource().getURI());
            }
            if (file != null && "coop".equals(file.getFileExtension())) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static IFile fileOf(org.eclipse.emf.common.util.URI uri) {
        if (uri.isPlatformResource()) {
            return org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                    .getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
        }
        if (uri.isFile()) {
            IFile[] files = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
                    .findFilesForLocationURI(java.net.URI.create(uri.toString()));
            return files.length == 0 ? null : files[0];
        }
        return null;
    }
}
