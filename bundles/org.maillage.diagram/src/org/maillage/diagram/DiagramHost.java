package org.maillage.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the diagram server asks of the application that runs it: the document a diagram edits
 * (the workbench's open text, or the file itself without a workbench) and the users' language.
 */
public interface DiagramHost {

    /** The editable state of the {@code .coop} file at {@code path}; the same object for every diagram of that file. */
    CoopDocument document(Path path) throws IOException;

    Locale locale();
}
