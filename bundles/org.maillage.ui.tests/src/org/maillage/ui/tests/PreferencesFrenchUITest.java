package org.maillage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maillage.dsl.ui.MaillagePreferences;
import org.maillage.model.validation.RuleDefaults;
import org.maillage.model.validation.RuleSettings;
import org.maillage.workbench.ui.internal.preferences.MaillagePreferencePage;

/**
 * Fenêtre > Préférences > Maillage - documents et règles, typed into as a person does: a lower
 * WORKLOAD threshold gives the example's busiest actor a WORKLOAD marker after the re-check, the
 * default takes it away again.
 */
class PreferencesFrenchUITest {

    @AfterEach
    void restoreDefaults() throws Exception {
        var node = InstanceScope.INSTANCE.getNode(MaillagePreferences.QUALIFIER);
        node.clear();
        node.flush();
        ExampleProject.waitForBuild();
    }

    @Test
    void aLowerWorkloadThresholdTypedInThePreferencesMarksTheBusiestActor() throws Exception {
        IProject project = ExampleProject.createWithWizard("exemple-preferences");
        IFile plan = project.getFile("plan-val-eyrieux.coop");
        assertEquals(List.of(), ExampleProject.markers(project, "WORKLOAD"), "12 is above everyone's load");

        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(WorkbenchAssertions.window().getShell(),
                MaillagePreferencePage.ID, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        ExampleProject.waitUntil(() -> {
            shell.forceActive(); // no window manager under Xvfb
            UserInput.settle();
            return shell.getDisplay().getActiveShell() == shell;
        }, "the preferences have the keyboard");
        assertEquals(List.of("Langue des documents", "Dossier de sortie par défaut (dans le projet)",
                "Seuil de la règle WORKLOAD (entrées R ou A d'un acteur dans un plan)",
                "Seuil de la règle ACTION-MANY-ACTORS (acteurs d'une action)",
                "Renouvellements généraux des conseils municipaux (AAAA-MM-JJ, séparées par des virgules)",
                "Renouvellements généraux des conseils départementaux", "Renouvellements généraux des conseils régionaux"),
                labels(shell));
        Text workload = textAfter(shell, "Seuil de la règle WORKLOAD (entrées R ou A d'un acteur dans un plan)");
        assertEquals("12", workload.getText());
        UserInput.click(workload, new Point(5, workload.getSize().y / 2));
        UserInput.chord(SWT.CTRL, 'a');
        UserInput.type("5");
        UserInput.press(SWT.CR, 1);
        ExampleProject.waitUntil(shell::isDisposed, "Entrée applies and closes the preferences");
        assertEquals(5, RuleDefaults.current().workloadThreshold(), "the catalogue now checks with 5");
        ExampleProject.waitForBuild();

        List<IMarker> workloads = ExampleProject.markers(project, "WORKLOAD");
        assertTrue(!workloads.isEmpty(), "CCVE is A in nine rows: above 5, marked after the re-check");
        assertTrue(workloads.stream().anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("CCVE")),
                ExampleProject.describe(workloads));

        InstanceScope.INSTANCE.getNode(MaillagePreferences.QUALIFIER).remove(MaillagePreferences.WORKLOAD);
        ExampleProject.waitForBuild();
        assertEquals(RuleSettings.DEFAULTS, RuleDefaults.current());
        assertEquals(List.of(), ExampleProject.markers(project, "WORKLOAD"), "back to 12: the marker is gone");
    }

    private static List<String> labels(Shell shell) {
        List<String> labels = new java.util.ArrayList<>();
        collect(shell, labels);
        int first = labels.indexOf("Langue des documents");
        return first < 0 ? labels : labels.subList(first, Math.min(labels.size(), first + 7));
    }

    private static void collect(Control control, List<String> labels) {
        if (control instanceof Label label && !label.getText().isBlank()) {
            labels.add(label.getText().replace("&", ""));
        } else if (control instanceof org.eclipse.swt.widgets.Group group) {
            labels.add(group.getText().replace("&", ""));
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, labels);
            }
        }
    }

    private static Text textAfter(Shell shell, String label) {
        Control[] found = new Control[1];
        find(shell, label, found);
        Control[] siblings = found[0].getParent().getChildren();
        for (int i = java.util.Arrays.asList(siblings).indexOf(found[0]) + 1; i < siblings.length; i++) {
            if (siblings[i] instanceof Text text) {
                return text;
            }
        }
        throw new AssertionError("no text after " + label);
    }

    private static void find(Control control, String label, Control[] found) {
        if (control instanceof Label l && l.getText().replace("&", "").equals(label)) {
            found[0] = control;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                find(child, label, found);
            }
        }
    }
}
