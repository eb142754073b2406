package org.maillage.ui.internal.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.generator.GeneratorDescriptor;
import org.maillage.generator.internal.GenerationRunner;
import org.maillage.generator.internal.GeneratorExtensionReader;
import org.maillage.model.coop.CoopFile;
import org.maillage.model.coop.Plan;
import org.maillage.ui.internal.Messages;
import org.maillage.ui.internal.raci.PlanChoice;

/** "Générer des documents": chooses generators, formats, language, template and folder, then runs a {@link GenerateJob}. */
public final class GenerateWizard extends Wizard {

    private final GeneratePage page;
    private final PlanChoice current;
    private GenerateJob job;

    public GenerateWizard(IProject project, String preselected) {
        this(project, preselected, null);
    }

    /** @param current the plan the user works on, whose HTML document opens at the end; may be null */
    public GenerateWizard(IProject project, String preselected, PlanChoice current) {
        this.current = current;
        List<GeneratorDescriptor> generators = List
                .copyOf(new GeneratorExtensionReader().read(Platform.getExtensionRegistry()).all());
        page = new GeneratePage(project, generators, preselected);
        setWindowTitle(Messages.generateWindow);
    }

    /** Opens the wizard on a project, or explains that a Maillage project must be chosen first. */
    public static void open(Shell shell, IProject project, String preselected) {
        open(shell, project == null ? null : new GenerateWizard(project, preselected));
    }

    /** Opens a wizard, or (null) explains that a Maillage project must be chosen first. */
    public static void open(Shell shell, GenerateWizard wizard) {
        if (wizard == null) {
            MessageDialog.openInformation(shell, Messages.generateWindow, Messages.generateNoProject);
            return;
        }
        new WizardDialog(shell, wizard).open();
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    /** Pre-fills the page: for callers such as tests. */
    public void choose(String generatorId, String format, String folder) {
        page.check(generatorId, format, true);
        page.setFolder(folder);
    }

    @Override
    public boolean performFinish() {
        GenerateRequest request = page.request();
        Display display = getShell().getDisplay();
        job = new GenerateJob(request, existing -> confirmReplace(display, existing));
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getResult().isOK()) {
                    display.asyncExec(() -> GeneratedDocuments.openHtml(job.written(), plansOf(current)));
                }
            }
        });
        job.schedule();
        return true;
    }

    /** The job started by the last finish, or null. */
    public GenerateJob job() {
        return job;
    }

    private static boolean confirmReplace(Display display, List<Path> existing) {
        AtomicBoolean answer = new AtomicBoolean();
        String names = String.join("\n", existing.stream().map(p -> p.getFileName().toString()).toList());
        display.syncExec(() -> answer.set(MessageDialog.openQuestion(display.getActiveShell(),
                Messages.generateWindow, Messages.bind(Messages.generateReplace, names))));
        return answer.get();
    }

    /** The plans of the file the user works on (the chosen one first); none when there is no such file. */
    private static List<String> plansOf(PlanChoice choice) {
        if (choice == null) {
            return List.of();
        }
        if (choice.planName() != null) {
            return List.of(choice.planName());
        }
        CoopFile file = CoopWorkspace.get().load(choice.file());
        return file == null ? List.of() : file.getPlans().stream().map(Plan::getName).toList();
    }

    static boolean isHtml(IFile file) {
        return "html".equalsIgnoreCase(file.getFileExtension());
    }
}
