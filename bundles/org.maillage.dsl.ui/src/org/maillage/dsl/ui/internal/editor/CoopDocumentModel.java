package org.maillage.dsl.ui.internal.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.CoopWorkspace;

/**
 * The parsed model of one open document, kept in step with its text by the reconciler. Writers
 * (an update) and readers (content assist, hover, outline...) are separated by a read/write lock,
 * so a service never sees a half-updated model. The unsaved text and its names are published to
 * the workspace, so other editors and the views see them; {@link #dispose()} withdraws both.
 */
public final class CoopDocumentModel {

    private final IFile file;
    private final URI uri;
    private final CoopWorkspace workspace;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private XtextResource resource;
    private String text;
    private long seen = -1;

    public CoopDocumentModel(IFile file, CoopWorkspace workspace) {
        this.file = file;
        this.uri = CoopProjects.uri(file);
        this.workspace = workspace;
    }

    public IFile file() {
        return file;
    }

    /**
     * Brings the model in step with the text: only the region that changed is parsed again,
     * and the other files are read again from disk or from their editors when they changed.
     *
     * @return whether anything changed
     */
    public boolean update(String newText) {
        lock.writeLock().lock();
        try {
            boolean othersChanged = workspace.generation() != seen;
            if (resource != null && newText.equals(text) && !othersChanged) {
                return false;
            }
            if (resource != null && newText.equals(text)) {
                // the text is the same but another file or editor changed: read them again, and link
                // this text anew (its resolved references still point into the old versions)
                forgetOtherFiles();
                resource.reparse(newText);
                seen = workspace.generation();
                return true;
            }
            if (resource == null) {
                XtextResourceSet set = workspace.newResourceSet(file.getProject());
                resource = (XtextResource) set.createResource(uri);
                resource.load(new ByteArrayInputStream(newText.getBytes(StandardCharsets.UTF_8)), set.getLoadOptions());
            } else {
                if (othersChanged) {
                    forgetOtherFiles();
                }
                int start = commonPrefix(text, newText);
                int end = commonSuffix(text, newText, start);
                resource.update(start, text.length() - end - start, newText.substring(start, newText.length() - end));
            }
            text = newText;
            IResourceDescription names = resource.getResourceServiceProvider().getResourceDescriptionManager()
                    .getResourceDescription(resource);
            workspace.editorContents().put(uri, newText);
            workspace.publishUnsaved(uri, SerializableResourceDescription.createCopy(names));
            seen = workspace.generation();
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory cannot fail", e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The other files of the model may have changed since: they are loaded again when needed. */
    private void forgetOtherFiles() {
        XtextResourceSet set = (XtextResourceSet) resource.getResourceSet();
        for (Resource other : List.copyOf(set.getResources())) {
            if (other != resource) {
                other.unload();
                set.getResources().remove(other);
            }
        }
        workspace.refreshIndex(set, file.getProject());
    }

    /** Runs a read-only piece of work on the current model; null when nothing was parsed yet. */
    public <T> T read(Function<XtextResource, T> work) {
        lock.readLock().lock();
        try {
            return resource == null ? null : work.apply(resource);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The text the model was parsed from. */
    public String text() {
        lock.readLock().lock();
        try {
            return text;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Syntax, links, values and the rule catalogue on the current model. */
    public List<Issue> validate(CancelIndicator cancel) {
        List<Issue> issues = read(r -> workspace.injector().getInstance(IResourceValidator.class)
                .validate(r, CheckMode.ALL, cancel));
        return issues == null ? List.of() : issues;
    }

    /** Whether a throwable only says that the work was cancelled (Xtext's {@code OperationCanceledError} and kin). */
    public boolean isCancellation(Throwable thrown) {
        return workspace.injector().getInstance(OperationCanceledManager.class).isOperationCanceledException(thrown);
    }

    /** The editor closed: the saved file counts again for everybody. */
    public void dispose() {
        workspace.forgetUnsaved(uri);
    }

    static int commonPrefix(String a, String b) {
        int max = Math.min(a.length(), b.length());
        int i = 0;
        while (i < max && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    static int commonSuffix(String a, String b, int prefix) {
        int max = Math.min(a.length(), b.length()) - prefix;
        int i = 0;
        while (i < max && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
            i++;
        }
        return i;
    }
}
