package org.maillage.ui.internal.raci;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.maillage.ui.internal.Messages;

/**
 * The filters above the matrix: an actor (lines where it holds a role), a theme, a territory, a
 * level (political or technical functions), the lines with findings only; and the cross-plan mode
 * (the actions of every plan of the project, grouped by plan).
 */
public final class MatrixFilterBar {

    private final Composite bar;
    private final Combo actor;
    private final Combo theme;
    private final Combo territory;
    private final Combo level;
    private final Button findingsOnly;
    private final Button allPlans;
    private final List<String> actorNames = new ArrayList<>();
    private final List<String> themeNames = new ArrayList<>();
    private final List<String> territoryNames = new ArrayList<>();
    private List<MatrixLoader.Choice> projectActors = List.of();

    MatrixFilterBar(Composite parent, Runnable changed) {
        bar = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL); // wraps: every filter stays reachable in a narrow view
        layout.center = true;
        layout.marginLeft = 0;
        layout.marginTop = 0;
        bar.setLayout(layout);
        actor = combo(Messages.matrixFilterActor, changed);
        theme = combo(Messages.matrixFilterTheme, changed);
        territory = combo(Messages.matrixFilterTerritory, changed);
        level = combo(Messages.matrixFilterLevel, changed);
        level.setItems(Messages.matrixAll, Messages.matrixPolitical, Messages.matrixTechnical);
        level.select(0);
        findingsOnly = new Button(bar, SWT.CHECK);
        findingsOnly.setText(Messages.matrixFindingsOnly);
        findingsOnly.addListener(SWT.Selection, e -> changed.run());
        allPlans = new Button(bar, SWT.CHECK);
        allPlans.setText(Messages.matrixCrossPlan);
        allPlans.addListener(SWT.Selection, e -> changed.run());
        offer(new MatrixLoader.Options(List.of(), List.of(), List.of(), List.of()));
    }

    Control control() {
        return bar;
    }

    /** The filter chosen. */
    MatrixFilter filter() {
        String[] levels = { null, "political", "technical" };
        return new MatrixFilter(chosen(actor, actorNames), chosen(theme, themeNames), chosen(territory, territoryNames),
                levels[Math.max(0, level.getSelectionIndex())], findingsOnly.getSelection());
    }

    boolean crossPlan() {
        return allPlans.getSelection();
    }

    /** For tests: the check button of the cross-plan mode and the one of lines with findings. */
    public Button crossPlanButton() {
        return allPlans;
    }

    public Button findingsOnlyButton() {
        return findingsOnly;
    }

    /** Fills the lists with what the shown model has, keeping what was chosen when it is still there. */
    void offer(MatrixLoader.Options options) {
        fill(actor, actorNames, options.actors().stream().map(MatrixLoader.Choice::name).toList(),
                options.actors().stream().map(MatrixLoader.Choice::title).toList());
        fill(theme, themeNames, options.themes(), options.themes());
        fill(territory, territoryNames, options.territories().stream().map(MatrixLoader.Choice::name).toList(),
                options.territories().stream().map(MatrixLoader.Choice::title).toList());
        projectActors = options.projectActors();
        bar.layout(true);
    }

    /** The project's actors without a column, which the column headers' menu offers to add. */
    List<MatrixLoader.Choice> projectActors() {
        return projectActors;
    }

    private static void fill(Combo combo, List<String> names, List<String> newNames, List<String> titles) {
        String chosen = chosen(combo, names);
        names.clear();
        names.addAll(newNames);
        List<String> items = new ArrayList<>();
        items.add(Messages.matrixAll);
        items.addAll(titles);
        combo.setItems(items.toArray(String[]::new));
        combo.select(chosen == null ? 0 : names.indexOf(chosen) + 1);
    }

    private static String chosen(Combo combo, List<String> names) {
        int index = combo.getSelectionIndex();
        return index <= 0 || index > names.size() ? null : names.get(index - 1);
    }

    private Combo combo(String label, Runnable changed) {
        new Label(bar, SWT.NONE).setText(label);
        Combo combo = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new RowData(170, SWT.DEFAULT));
        combo.addListener(SWT.Selection, e -> changed.run());
        return combo;
    }
}
