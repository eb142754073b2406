package org.maillage.dsl.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.maillage.dsl.ui.internal.DslUiMessages;
import org.maillage.model.validation.RuleDefaults;
import org.maillage.model.validation.RuleSettings;

/**
 * The workbench's Maillage preferences (Fenêtre > Préférences > Maillage - documents et règles):
 * the documents' language and output folder the Generate wizard starts from, and the rule settings
 * the builder, the editors and the generators check with. A change of the rules re-checks every
 * Maillage project.
 */
public final class MaillagePreferences {

    /** The preference node (instance scope). */
    public static final String QUALIFIER = "org.maillage.dsl.ui";
    public static final String DOCUMENT_LANGUAGE = "documents.language";
    public static final String OUTPUT_FOLDER = "documents.folder";
    public static final String WORKLOAD = "rules.workload";
    public static final String MANY_ACTORS = "rules.manyActors";
    public static final String MUNICIPAL_RENEWALS = "rules.renewals.municipal";
    public static final String DEPARTMENTAL_RENEWALS = "rules.renewals.departmental";
    public static final String REGIONAL_RENEWALS = "rules.renewals.regional";

    private static boolean installed;
    private static final WorkspaceJob RECHECK = new Recheck();

    private MaillagePreferences() {
    }

    /** The default value of a key, as the preference page's "Restore Defaults" shows it. */
    public static String defaultValue(String key) {
        RuleSettings d = RuleSettings.DEFAULTS;
        return switch (key) {
            case DOCUMENT_LANGUAGE -> Locale.getDefault().getLanguage().equals("en") ? "en" : "fr";
            case OUTPUT_FOLDER -> "documents";
            case WORKLOAD -> Integer.toString(d.workloadThreshold());
            case MANY_ACTORS -> Integer.toString(d.manyActorsThreshold());
            case MUNICIPAL_RENEWALS -> dates(d.municipalRenewals());
            case DEPARTMENTAL_RENEWALS -> dates(d.departmentalRenewals());
            case REGIONAL_RENEWALS -> dates(d.regionalRenewals());
            default -> throw new IllegalArgumentException(key);
        };
    }

    /** A preference's value, its default when unset. */
    public static String get(String key) {
        return Platform.getPreferencesService().getString(QUALIFIER, key, defaultValue(key), null);
    }

    /** The documents' language chosen in the preferences. */
    public static Locale documentLocale() {
        return "en".equals(get(DOCUMENT_LANGUAGE)) ? Locale.ENGLISH : Locale.FRENCH;
    }

    /** The rule settings of the preferences; a value that does not read keeps its default. */
    public static RuleSettings ruleSettings() {
        RuleSettings d = RuleSettings.DEFAULTS;
        return new RuleSettings(number(WORKLOAD, d.workloadThreshold()), number(MANY_ACTORS, d.manyActorsThreshold()),
                orDefault(MUNICIPAL_RENEWALS, d.municipalRenewals()),
                orDefault(DEPARTMENTAL_RENEWALS, d.departmentalRenewals()),
                orDefault(REGIONAL_RENEWALS, d.regionalRenewals()));
    }

    /** "2026-03-15, 2032-03-15". */
    public static String dates(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    }

    /** The dates of a comma-separated list, or null when one does not read as YYYY-MM-DD. */
    public static List<LocalDate> parseDates(String text) {
        List<LocalDate> dates = new ArrayList<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(part.strip()));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return dates;
    }

    /**
     * Makes the catalogue use the preferences' settings, now and after each change (which re-checks
     * the Maillage projects). Called once, when the language is first used in the workspace.
     */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        RuleDefaults.set(ruleSettings());
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
        node.addPreferenceChangeListener(event -> {
            if (event.getKey().startsWith("rules.")) {
                RuleSettings settings = ruleSettings();
                if (!settings.equals(RuleDefaults.current())) {
                    RuleDefaults.set(settings);
                    RECHECK.schedule();
                }
            }
        });
    }

    private static int number(String key, int fallback) {
        try {
            int value = Integer.parseInt(get(key).strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static List<LocalDate> orDefault(String key, List<LocalDate> fallback) {
        List<LocalDate> dates = parseDates(get(key));
        return dates == null ? fallback : dates;
    }

    /** Checks every Maillage project again with the new settings (a full build of each). */
    private static final class Recheck extends WorkspaceJob {

        Recheck() {
            super(DslUiMessages.preferencesRecheck);
            setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
        }

        @Override
        public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
            IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
            SubMonitor progress = SubMonitor.convert(monitor, projects.length);
            for (IProject project : projects) {
                if (CoopProjects.isCoopProject(project)) {
                    project.build(IncrementalProjectBuilder.FULL_BUILD, CoopProjects.BUILDER_ID, null, progress.split(1));
                } else {
                    progress.worked(1);
                }
            }
            return Status.OK_STATUS;
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == ResourcesPlugin.FAMILY_MANUAL_BUILD;
        }
    }
}
