package org.maillage.importer.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.importer.ColumnMap;
import org.maillage.importer.RoleSheets;
import org.maillage.importer.SheetFormat;
import org.maillage.importer.SheetRefusedException;

/** Page 1: the spreadsheet (file, sheet, optional column map) and the target (a new file, or a model to update). */
final class SourcePage extends WizardPage {

    private final IResource selected;
    private Text file;
    private Combo sheet;
    private Path listed;
    private Text map;
    private Button createNew;
    private Button updateModel;
    private Text folder;
    private Text name;
    private boolean nameTyped;
    private ImportChoice choice;

    SourcePage(IResource selected) {
        super("source");
        this.selected = selected;
        setTitle(Messages.source_title);
        setDescription(Messages.source_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        file = field(page, Messages.file_label, null);
        Button browse = button(page, Messages.browse);
        browse.addListener(SWT.Selection, e -> chooseFile());
        new Label(page, SWT.NONE).setText(Messages.sheet_label);
        sheet = new Combo(page, SWT.DROP_DOWN);
        sheet.setToolTipText(Messages.sheet_hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(sheet);
        new Label(page, SWT.NONE);
        map = field(page, Messages.map_label, Messages.map_hint);
        new Label(page, SWT.NONE);

        Group target = new Group(page, SWT.NONE);
        target.setText(Messages.target_group);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(target);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(target);
        createNew = radio(target, Messages.target_new);
        updateModel = radio(target, Messages.target_into);
        folder = field(target, Messages.folder_label, null);
        button(target, Messages.folder_browse).addListener(SWT.Selection, e -> chooseFolder());
        name = field(target, Messages.name_label, null);
        new Label(target, SWT.NONE);

        boolean coopSelected = selected instanceof IFile f && CoopProjects.isCoopFile(f);
        createNew.setSelection(!coopSelected);
        updateModel.setSelection(coopSelected);
        IContainer container = selected instanceof IContainer c ? c : selected == null ? null : selected.getParent();
        folder.setText(container == null ? "" : container.getFullPath().toString());
        name.addListener(SWT.KeyDown, e -> nameTyped = true);
        file.addListener(SWT.Modify, e -> suggestName());
        for (Control field : new Control[] { file, sheet, map, folder, name }) {
            field.addListener(SWT.Modify, e -> validate());
        }
        for (Button radio : new Button[] { createNew, updateModel }) {
            radio.addListener(SWT.Selection, e -> validate());
        }
        setControl(page);
        validate();
    }

    /** The choice made, when the page is complete. */
    ImportChoice choice() {
        return choice;
    }

    private void suggestName() {
        if (!nameTyped) {
            String typed = file.getText().trim();
            name.setText(typed.isEmpty() ? "" : RoleSheets.baseName(Path.of(typed)) + ".coop");
        }
    }

    private void validate() {
        choice = null;
        name.setEnabled(createNew.getSelection());
        String error = check();
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    /** The first problem of the page, or null (then {@link #choice} is set). */
    private String check() {
        String typed = file.getText().trim();
        if (typed.isEmpty()) {
            return Messages.error_noFile;
        }
        Path path = Path.of(typed);
        if (!Files.isRegularFile(path)) {
            return NLS.bind(Messages.error_fileMissing, typed);
        }
        SheetFormat format = SheetFormat.of(path);
        if (format == null) {
            return NLS.bind(Messages.error_format, path.getFileName());
        }
        listSheets(path, format);
        ColumnMap columns = null;
        if (!map.getText().isBlank()) {
            try {
                columns = ColumnMap.parse(map.getText().trim(), Locale.getDefault());
            } catch (ColumnMap.BadMapException e) {
                return e.getMessage();
            }
        }
        IResource found = folder.getText().isBlank() ? null
                : ResourcesPlugin.getWorkspace().getRoot().findMember(folder.getText().trim());
        if (!(found instanceof IContainer container) || container.getProject() == null
                || !container.getProject().isOpen()) {
            return Messages.error_noFolder;
        }
        boolean into = updateModel.getSelection();
        if (into && !CoopProjects.isCoopProject(container.getProject())) {
            return NLS.bind(Messages.error_notMaillage, container.getProject().getName());
        }
        String fileName = name.getText().trim();
        if (!into && (!fileName.endsWith(".coop") || fileName.length() == ".coop".length() || fileName.contains("/")
                || fileName.contains("\\"))) {
            return Messages.error_name;
        }
        String sheetName = sheet.getText().isBlank() ? null : sheet.getText().trim();
        choice = new ImportChoice(path, format, sheetName, columns, into, container, fileName);
        return null;
    }

    /** Offers the workbook's sheets (read once per file); a file that cannot be read is reported on the preview. */
    private void listSheets(Path path, SheetFormat format) {
        if (path.equals(listed)) {
            return;
        }
        listed = path;
        String typed = sheet.getText();
        try {
            sheet.setItems(RoleSheets.sheetNames(path, format, Locale.getDefault()).toArray(String[]::new));
        } catch (IOException | SheetRefusedException e) {
            sheet.removeAll();
        }
        sheet.setText(typed);
    }

    private void chooseFile() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.xlsx;*.ods;*.csv", "*.*" });
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void chooseFolder() {
        ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), null, false, Messages.folder_choose);
        if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
            folder.setText(dialog.getResult()[0].toString());
        }
    }

    private static Text field(Composite parent, String label, String hint) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
        if (hint != null) {
            text.setMessage(hint);
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
        return text;
    }

    private static Button button(Composite parent, String label) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        return button;
    }

    private static Button radio(Composite parent, String label) {
        Button radio = new Button(parent, SWT.RADIO);
        radio.setText(label);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(radio);
        return radio;
    }
}
