package org.maillage.importer;

import java.util.Locale;
import java.util.Map;

import org.maillage.vcs.SemanticDiff;
import org.maillage.vcs.VersionLoader;
import org.maillage.vcs.internal.report.TextReport;

/**
 * The semantic change list of {@code maillage diff} between two sets of texts (a file's shown
 * name → its text): what an import changes, as the command line prints it and the workbench's
 * import wizard previews it.
 */
public final class ChangeList {

    private ChangeList() {
    }

    public static String of(Map<String, String> before, Map<String, String> after, Locale locale) {
        VersionLoader versions = new VersionLoader(locale);
        return TextReport.write(SemanticDiff.compare(versions.texts("before", before), versions.texts("after", after),
                locale), locale);
    }
}
