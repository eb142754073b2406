package org.maillage.diagram.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.maillage.diagram.CoopDocument;
import org.maillage.diagram.DiagramKind;
import org.maillage.diagram.DiagramPictures;
import org.maillage.diagram.internal.edit.CoopInjector;
import org.maillage.diagram.internal.edit.LoadedModel;
import org.maillage.diagram.internal.edit.NameRegions;
import org.maillage.generator.AtomicFiles;
import org.maillage.model.coop.Plan;

/**
 * The commands of the diagram's context menu that the workbench carries out: the client calls
 * {@code maillageCommand(command, idsAsJson)}. Export the picture (SVG or PNG, the same picture as
 * the command line's, to a file the user chooses) and open the selected element in the text editor.
 */
final class DiagramCommands {
    private final DiagramEditor editor;
    private final CoopDocument document;

    DiagramCommands(DiagramEditor editor, CoopDocument document) {
        this.editor = editor;
        this.document = document;
    }

    /** Installs the function the client calls; it lives as long as the browser. */
    void listenTo(Browser browser) {
        new BrowserFunction(browser, "maillageCommand") {
            @Override
            public Object function(Object[] arguments) {
                if (arguments.length == 2 && arguments[0] instanceof String command && arguments[1] instanceof String ids) {
                    // After the page's event: a dialog must not open inside the browser's callback.
                    browser.getDisplay().asyncExec(() -> run(command, DiagramSelection.ids(ids)));
                }
                return null;
            }
        };
    }

    void run(String command, List<String> ids) {
        switch (command) {
            case "exportSvg" -> export("svg");
            case "exportPng" -> export("png");
            case "openText" -> ids.stream().findFirst().ifPresent(this::openText);
            default -> {
                // Unknown commands come from another version of the page: nothing to do.
            }
        }
    }

    private void export(String extension) {
        DiagramKind kind = editor.input().kind();
        FileDialog dialog = new FileDialog(editor.getSite().getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] {"*." + extension});
        dialog.setFilterPath(document.path().getParent().toString());
        String base = document.path().getFileName().toString().replaceFirst("\\.coop$", "");
        dialog.setFileName(base + "-" + kind.fileSuffix() + "." + extension);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            write(Path.of(chosen), kind, extension);
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(editor.getSite().getShell(), Messages.get("error.title"),
                    Messages.get("error.export", chosen, String.valueOf(e.getMessage())));
        }
    }

    /** Writes the diagram's picture (atomically: an existing file is replaced whole or not at all). */
    void write(Path target, DiagramKind kind, String extension) throws IOException {
        LoadedModel model = LoadedModel.of(CoopInjector.get(), document, WorkbenchDocuments.INSTANCE.locale());
        Optional<Plan> plan = model.plan(null);
        if (plan.isEmpty()) {
            throw new IOException(Messages.get("error.noPlan"));
        }
        byte[] content = "png".equals(extension)
                ? DiagramPictures.png(kind, plan.get(), WorkbenchDocuments.INSTANCE.locale(), model.findings())
                : DiagramPictures.svg(kind, plan.get(), WorkbenchDocuments.INSTANCE.locale(), model.findings())
                        .getBytes(StandardCharsets.UTF_8);
        AtomicFiles.rewrite(target, content, null);
    }

    private void openText(String id) {
        LoadedModel model = LoadedModel.of(CoopInjector.get(), document, WorkbenchDocuments.INSTANCE.locale());
        Optional<int[]> name = NameRegions.of(model, id);
        try {
            IEditorPart part = IDE.openEditor(editor.getSite().getPage(), editor.input().getFile());
            if (part instanceof ITextEditor text && name.isPresent()) {
                text.selectAndReveal(name.get()[0], name.get()[1]);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(editor.getSite().getShell(), Messages.get("error.title"), e.getMessage());
        }
    }
}
