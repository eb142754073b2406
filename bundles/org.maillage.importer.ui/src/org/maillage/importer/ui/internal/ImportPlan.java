package org.maillage.importer.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.maillage.dsl.load.CoopModel;
import org.maillage.dsl.load.CoopModelLoader;
import org.maillage.dsl.load.FileDiagnostic;
import org.maillage.dsl.ui.CoopProjects;
import org.maillage.dsl.ui.CoopWorkspace;
import org.maillage.dsl.ui.WorkspaceTexts;
import org.maillage.importer.ChangeList;
import org.maillage.importer.ImportFinding;
import org.maillage.importer.ModelUpdate;
import org.maillage.importer.NewModel;
import org.maillage.importer.RoleSheet;
import org.maillage.importer.RoleSheets;
import org.maillage.importer.SheetOptions;
import org.maillage.importer.SheetRefusedException;

/**
 * What an import would do, computed before anything is written: the sheet's report (cells not
 * read), the change list of {@code maillage diff}, and the texts to write. The model is read as the
 * user sees it (open editors' documents first), and written back the same way
 * ({@link WorkspaceTexts}).
 *
 * @param findings the report
 * @param changes  the change list, as the command line prints it
 * @param writes   the files to write, with the text read and the new one
 * @param refusal  why nothing can be imported, or null
 */
record ImportPlan(List<ImportFinding> findings, String changes, List<ImportPlan.Write> writes, String refusal) {

    /** One file's change: {@code before} is null for a file that does not exist yet. */
    record Write(IFile file, String before, String after) {
    }

    static ImportPlan prepare(ImportChoice choice, Locale locale) throws CoreException {
        RoleSheet sheet;
        try {
            sheet = RoleSheets.read(choice.file(), new SheetOptions(choice.format(), choice.sheet(), choice.map(), locale));
        } catch (SheetRefusedException | IOException e) {
            return refused(NLS.bind(Messages.preview_refused, e.getMessage()));
        }
        return choice.into() ? into(sheet, choice.folder().getProject(), locale) : create(sheet, choice, locale);
    }

    private static ImportPlan create(RoleSheet sheet, ImportChoice choice, Locale locale) throws CoreException {
        NewModel.Result result = NewModel.of(sheet, RoleSheets.baseName(choice.file()), locale);
        IFile target = choice.folder().getFile(new org.eclipse.core.runtime.Path(choice.name()));
        String before = WorkspaceTexts.read(target);
        String shown = shown(target);
        String changes = ChangeList.of(before == null ? Map.of() : Map.of(shown, before), Map.of(shown, result.text()),
                locale);
        return new ImportPlan(result.findings(), changes, List.of(new Write(target, before, result.text())), null);
    }

    private static ImportPlan into(RoleSheet sheet, IProject project, Locale locale) throws CoreException {
        Map<Path, String> texts = new LinkedHashMap<>();
        Map<Path, IFile> files = new LinkedHashMap<>();
        Map<String, String> before = new LinkedHashMap<>();
        for (IFile file : CoopProjects.sourceFiles(project)) {
            Path path = file.getLocation().toFile().toPath().toAbsolutePath().normalize();
            String text = WorkspaceTexts.read(file);
            texts.put(path, text);
            files.put(path, file);
            before.put(shown(file), text);
        }
        CoopModel model = CoopWorkspace.get().injector().getInstance(CoopModelLoader.class).loadTexts(texts);
        List<FileDiagnostic> blocking = model.validate().stream().filter(CoopModel::isLanguageError).toList();
        if (!blocking.isEmpty()) {
            FileDiagnostic first = blocking.get(0);
            IFile file = files.get(first.path());
            return refused(NLS.bind(Messages.preview_modelErrors, new Object[] { project.getName(),
                    file == null ? first.path() : shown(file), first.line(), first.message() }));
        }
        ModelUpdate update = ModelUpdate.propose(sheet, model, locale);
        Map<String, String> after = new LinkedHashMap<>(before);
        List<Write> writes = new ArrayList<>();
        update.apply().forEach((path, text) -> {
            IFile file = files.get(path);
            String styled = model.style(path).apply(text);
            after.put(shown(file), styled);
            writes.add(new Write(file, texts.get(path), styled));
        });
        return new ImportPlan(update.findings(), ChangeList.of(before, after, locale), writes, null);
    }

    private static ImportPlan refused(String why) {
        return new ImportPlan(List.of(), "", List.of(), why);
    }

    /** A workspace file as the preview names it: {@code projet/plan.coop}. */
    static String shown(IFile file) {
        return file.getFullPath().makeRelative().toString();
    }

    /** Whether Finish has something to write. */
    boolean applicable() {
        return refusal == null && !writes.isEmpty();
    }

    /** Writes the changes, each file as the user sees it (the open editor's document, else atomically). */
    void apply() throws CoreException {
        for (Write write : writes) {
            WorkspaceTexts.write(write.file(), write.before(), write.after());
        }
    }
}
