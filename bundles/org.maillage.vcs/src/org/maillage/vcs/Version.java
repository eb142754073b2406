package org.maillage.vcs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.maillage.model.coop.CoopFile;

/**
 * One version of a model: the {@code .coop} files of a folder, of a Git revision or given as
 * texts, parsed and linked together in one resource set. Never written to.
 *
 * @param label       what the user named it (a folder, a revision)
 * @param resourceSet the resource set the files were parsed into
 * @param files       the parsed files by the path they were read from, in a stable order
 */
public record Version(String label, XtextResourceSet resourceSet, Map<String, XtextResource> files) {

    public Version {
        files = Collections.unmodifiableMap(files);
    }

    /** The files' models, in the order of {@link #files()}. */
    public List<CoopFile> coopFiles() {
        List<CoopFile> result = new ArrayList<>();
        for (XtextResource resource : files.values()) {
            if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof CoopFile file) {
                result.add(file);
            }
        }
        return result;
    }

    /** The paths of the files that have syntax errors (their model is partial). */
    public List<String> filesWithSyntaxErrors() {
        return files.entrySet().stream()
                .filter(e -> e.getValue().getParseResult() != null
                        && e.getValue().getParseResult().getSyntaxErrors().iterator().hasNext())
                .map(Map.Entry::getKey).toList();
    }
}
