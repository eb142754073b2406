package org.maillage.ui.internal.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.maillage.dsl.ui.MaillagePreferences;
import org.maillage.generator.GeneratorDescriptor;
import org.maillage.generator.GeneratorOptions;
import org.maillage.model.services.Localization;
import org.maillage.ui.internal.Messages;

/**
 * The one page of the Generate wizard: a checked list of (generator, format) pairs from the
 * registry, the documents' language, a template for generators that take one, and the output
 * folder inside the project.
 */
final class GeneratePage extends WizardPage {

    private static final Locale[] LANGUAGES = { Locale.FRENCH, Locale.ENGLISH };

    private final IProject project;
    private final List<GeneratorDescriptor> generators;
    private final String preselected;
    private Table formats;
    private Combo language;
    private Text template;
    private Button browse;
    private Text folder;

    GeneratePage(IProject project, List<GeneratorDescriptor> generators, String preselected) {
        super("generate");
        this.project = project;
        this.generators = generators;
        this.preselected = preselected;
        setTitle(Messages.generateTitle);
        setDescription(Messages.bind(Messages.generateDescription, project.getName()));
    }

    @Override
    public void createControl(Composite parent) {
        Locale ui = Localization.supported(Locale.getDefault());
        Composite control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(3, false));

        formats = new Table(control, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        formats.setHeaderVisible(true);
        formats.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        column(Messages.generateGenerator, 260);
        column(Messages.generateFormat, 80);
        column(Messages.generateAbout, 360);
        for (GeneratorDescriptor generator : generators) {
            for (String format : generator.formats()) {
                TableItem item = new TableItem(formats, SWT.NONE);
                item.setText(new String[] { generator.name(ui), format, generator.description(ui) });
                item.setData(new Object[] { generator, format });
                item.setChecked(generator.id().equals(preselected) && generator.defaultFormats().contains(format));
            }
        }
        formats.addListener(SWT.Selection, e -> validate());

        label(control, Messages.generateLanguage);
        language = new Combo(control, SWT.READ_ONLY);
        language.setItems(Messages.generateFrench, Messages.generateEnglish);
        language.select(MaillagePreferences.documentLocale().getLanguage().equals("en") ? 1 : 0);
        language.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));

        label(control, Messages.generateTemplate);
        template = new Text(control, SWT.BORDER);
        template.setMessage(Messages.generateTemplateDefault);
        template.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        template.addListener(SWT.Modify, e -> validate());
        browse = new Button(control, SWT.PUSH);
        browse.setText(Messages.generateBrowse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.odt;*.docx" });
            String chosen = dialog.open();
            if (chosen != null) {
                template.setText(chosen);
            }
        });

        label(control, Messages.generateFolder);
        folder = new Text(control, SWT.BORDER);
        folder.setText(MaillagePreferences.get(MaillagePreferences.OUTPUT_FOLDER));
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        folder.addListener(SWT.Modify, e -> validate());

        setControl(control);
        validate();
    }

    private void column(String text, int width) {
        TableColumn column = new TableColumn(formats, SWT.LEFT);
        column.setText(text);
        column.setWidth(width);
    }

    private static void label(Composite parent, String text) {
        new Label(parent, SWT.NONE).setText(text);
    }

    /** Checks or unchecks one (generator, format) pair; for callers that pre-fill the page. */
    void check(String generatorId, String format, boolean checked) {
        for (TableItem item : formats.getItems()) {
            Object[] data = (Object[]) item.getData();
            if (((GeneratorDescriptor) data[0]).id().equals(generatorId) && data[1].equals(format)) {
                item.setChecked(checked);
            }
        }
        validate();
    }

    void setFolder(String path) {
        folder.setText(path);
    }

    private Map<GeneratorDescriptor, List<String>> chosen() {
        Map<GeneratorDescriptor, List<String>> chosen = new LinkedHashMap<>();
        for (TableItem item : formats.getItems()) {
            if (item.getChecked()) {
                Object[] data = (Object[]) item.getData();
                chosen.computeIfAbsent((GeneratorDescriptor) data[0], g -> new ArrayList<>()).add((String) data[1]);
            }
        }
        return chosen;
    }

    private void validate() {
        boolean templates = chosen().keySet().stream().anyMatch(GeneratorDescriptor::acceptsTemplate);
        template.setEnabled(templates);
        browse.setEnabled(templates);
        String error = null;
        if (chosen().isEmpty()) {
            // not an error yet: the page asks for a choice
            setErrorMessage(null);
            setMessage(Messages.generateNothingChosen);
            setPageComplete(false);
            return;
        }
        setMessage(null);
        if (!validFolder(folder.getText().trim())) {
            error = Messages.generateBadFolder;
        } else if (templates && !template.getText().isBlank() && !Files.isRegularFile(Path.of(template.getText().trim()))) {
            error = Messages.generateBadTemplate;
        }
        setErrorMessage(error);
        setPageComplete(error == null);
        if (error == null && templates && !template.getText().isBlank()) {
            warnOfOtherFormats();
        }
    }

    /** A template fills the documents of its own format only: say so when other formats are chosen. */
    private void warnOfOtherFormats() {
        List<String> formatsOfTemplates = chosen().entrySet().stream().filter(e -> e.getKey().acceptsTemplate())
                .flatMap(e -> e.getValue().stream()).distinct().toList();
        GeneratorOptions options = new GeneratorOptions(formatsOfTemplates, Locale.FRENCH,
                Optional.of(Path.of(template.getText().trim())));
        String own = options.templateFormat().orElse("");
        if (!options.wants(own)) {
            setMessage(NLS.bind(Messages.generateTemplateUnused, own), IMessageProvider.WARNING);
        } else if (!options.formatsWithoutTemplate().isEmpty()) {
            setMessage(NLS.bind(Messages.generateTemplateOneFormat, own,
                    String.join(", ", options.formatsWithoutTemplate())), IMessageProvider.WARNING);
        }
    }

    /** A folder path relative to the project, without "..", that the workspace accepts. */
    private boolean validFolder(String path) {
        if (path.isEmpty() || path.contains("..") || IPath.fromOSString(path).isAbsolute()) {
            return false;
        }
        return ResourcesPlugin.getWorkspace()
                .validatePath(project.getFullPath().append(path).toString(), IResource.FOLDER).isOK();
    }

    GenerateRequest request() {
        Locale locale = LANGUAGES[Math.max(0, language.getSelectionIndex())];
        boolean templates = chosen().keySet().stream().anyMatch(GeneratorDescriptor::acceptsTemplate);
        Optional<Path> chosenTemplate = templates && !template.getText().isBlank()
                ? Optional.of(Path.of(template.getText().trim()))
                : Optional.empty();
        IPath relative = IPath.fromOSString(folder.getText().trim());
        return new GenerateRequest(project, chosen(), locale, chosenTemplate, project.getFolder(relative));
    }
}
