package org.maillage.ui.internal.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.maillage.generator.GeneratorDescriptor;

/**
 * What the Generate wizard asks for: the project, the formats wanted of each generator, the
 * documents' language, an optional template, and the output folder inside the project.
 */
public record GenerateRequest(IProject project, Map<GeneratorDescriptor, List<String>> formats, Locale locale,
        Optional<Path> template, IFolder folder) {
}
