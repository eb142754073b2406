package org.maillage.diagram.ui.internal;

import java.io.IOException;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISaveablesSource;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.Saveable;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.maillage.diagram.CoopDocument;

/**
 * A diagram of a {@code .coop} file: the web client in an SWT Browser, talking to the workbench's
 * diagram server; the elements selected in it are the editor's selection (Properties view). The
 * text is the diagram's state: dirty and saved with the file's buffer (shared
 * with its text editor), undone with the text's history whichever editor has the focus.
 */
public class DiagramEditor extends EditorPart implements ISaveablesSource {
    public static final String ID = "org.maillage.diagram.ui.editor";

    private CoopDocument document;
    private DiagramSelection selection;
    private DiagramOutline outline;
    private Browser browser;
    private DiagramSaveable saveable;
    private final EditKeys keys = new EditKeys();
    private final IFileBufferListener dirtyListener = new BufferListener() {
        @Override
        public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
            if (buffer.getLocation().equals(input().getFile().getFullPath()) && browser != null && !browser.isDisposed()) {
                browser.getDisplay().asyncExec(() -> firePropertyChange(PROP_DIRTY));
            }
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramEditorInput)) {
            throw new PartInitException("Not a diagram: " + input);
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        try {
            document = WorkbenchDocuments.INSTANCE.document(input().getFile());
        } catch (IOException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        FileBuffers.getTextFileBufferManager().addFileBufferListener(dirtyListener);
        selection = new DiagramSelection(document);
        site.setSelectionProvider(selection);
        keys.command("undo", document::undo);
        keys.command("redo", document::redo);
        site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new Action() {
            @Override
            public void run() {
                keys.run("undo");
            }
        });
        site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new Action() {
            @Override
            public void run() {
                keys.run("redo");
            }
        });
    }

    @Override
    public void createPartControl(Composite parent) {
        try {
            String url = DiagramServers.get().pageUrl(document.path(), input().kind(), null)
                    + (WorkbenchDocuments.INSTANCE.locale().getLanguage().equals("en") ? "&lang=en" : "");
            browser = new Browser(parent, SWT.NONE);
            selection.listenTo(browser);
            new DiagramCommands(this, document).listenTo(browser);
            keys.listenTo(browser);
            DeleteInDiagram delete = new DeleteInDiagram(browser, keys);
            selection.onIds(delete::selected);
            getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
            getEditorSite().getActionBars().updateActionBars();
            browser.setUrl(url + "&host=workbench");
        } catch (Exception e) {
            new Label(parent, SWT.WRAP).setText(Messages.get("error.server", e.getMessage()));
        }
    }

    @Override
    public <T> T getAdapter(Class<T> type) {
        if (type == IContentOutlinePage.class && document != null) {
            if (outline == null) {
                outline = new DiagramOutline(document, browser);
                selection.outline(outline);
            }
            return type.cast(outline);
        }
        return super.getAdapter(type);
    }

    /** The browser showing the client (for tests and for focus). */
    public Browser browser() {
        return browser;
    }

    public CoopDocument document() {
        return document;
    }

    DiagramEditorInput input() {
        return (DiagramEditorInput) getEditorInput();
    }

    @Override
    public void setFocus() {
        if (browser != null) {
            browser.setFocus();
        }
    }

    /**
     * The one thing to save, equal to the text editor's of the same file (both compare their document):
     * the workbench's save dialogs list the file once, whichever of its editors are open.
     */
    @Override
    public Saveable[] getSaveables() {
        if (saveable == null && document != null) {
            saveable = new DiagramSaveable(this, document instanceof BufferDocument buffer ? buffer.textDocument() : null);
        }
        return saveable == null ? new Saveable[0] : new Saveable[] { saveable };
    }

    @Override
    public Saveable[] getActiveSaveables() {
        return getSaveables();
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            document.save();
            firePropertyChange(PROP_DIRTY);
        } catch (IOException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), Messages.get("error.title"), e.getMessage());
        }
    }

    @Override
    public void doSaveAs() {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void dispose() {
        FileBuffers.getTextFileBufferManager().removeFileBufferListener(dirtyListener);
        super.dispose();
    }

    /** Only the dirty state matters to the editor. */
    private abstract static class BufferListener implements IFileBufferListener {
        @Override
        public void bufferCreated(IFileBuffer buffer) {
        }

        @Override
        public void bufferDisposed(IFileBuffer buffer) {
        }

        @Override
        public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
        }

        @Override
        public void bufferContentReplaced(IFileBuffer buffer) {
        }

        @Override
        public void stateChanging(IFileBuffer buffer) {
        }

        @Override
        public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
        }

        @Override
        public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
        }

        @Override
        public void underlyingFileDeleted(IFileBuffer buffer) {
        }

        @Override
        public void stateChangeFailed(IFileBuffer buffer) {
        }
    }
}
