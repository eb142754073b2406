package org.maillage.dsl.ui.internal.builder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.maillage.dsl.DiagnosticLanguage;
import org.maillage.dsl.load.FileChecks;
import org.maillage.dsl.load.FileDiagnostic;
import org.maillage.dsl.ui.CoopProjects;

import com.google.inject.Injector;

/**
 * The .coop files of a project split by the byte-level checks the command line applies before
 * parsing (UTF-8, no NUL, size, nesting): those accepted go to the index, the others get one
 * marker and stay out of the model.
 */
record SourceFiles(List<URI> accepted, Map<IFile, FileDiagnostic> refused) {

    /** Every .coop file of the project, outside derived folders. */
    static SourceFiles of(IProject project, Injector injector) {
        return check(CoopProjects.sourceFiles(project), injector);
    }

    static SourceFiles check(Collection<IFile> files, Injector injector) {
        Locale locale = injector.getInstance(DiagnosticLanguage.class).get();
        List<URI> accepted = new ArrayList<>();
        Map<IFile, FileDiagnostic> refused = new LinkedHashMap<>();
        for (IFile file : files) {
            Path shown = Path.of(file.getFullPath().makeRelative().toString());
            try (InputStream in = file.getContents(true)) {
                FileChecks.decode(shown, in.readNBytes((int) FileChecks.MAX_BYTES + 1), locale);
                accepted.add(CoopProjects.uri(file));
            } catch (FileChecks.Refused e) {
                refused.put(file, e.diagnostic());
            } catch (IOException | CoreException unreadable) {
                // gone or out of sync: the next refresh brings it back as a change
            }
        }
        return new SourceFiles(accepted, refused);
    }
}
