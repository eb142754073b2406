package org.maillage.ui.internal.raci;

import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.maillage.ui.internal.Messages;

/**
 * The matrix's context menu: on an action's row header, add a function to the action (a new
 * function declared in the text, shown as a line until it gets a role); on the column headers, add a
 * column for an actor of the project that holds no role yet.
 */
final class MatrixMenu {

    MatrixMenu(MatrixTable table, RaciView view) {
        Menu menu = new Menu(table.natTable());
        table.natTable().setMenu(menu);
        table.natTable().addListener(SWT.MenuDetect, event -> {
            for (MenuItem item : menu.getItems()) {
                item.dispose();
            }
            Point at = table.natTable().toControl(event.x, event.y);
            LabelStack region = table.natTable().getRegionLabelsByXY(at.x, at.y);
            if (region != null && region.hasLabel(GridRegion.ROW_HEADER)) {
                table.lineAt(at.y).filter(line -> line.kind() == RaciGrid.Kind.ACTION).ifPresent(action -> {
                    MenuItem add = new MenuItem(menu, SWT.PUSH);
                    add.setText(Messages.bind(Messages.matrixAddFunction, action.title()));
                    add.addListener(SWT.Selection, e -> view.addFunction(action));
                });
            } else if (region != null && (region.hasLabel(GridRegion.COLUMN_HEADER) || region.hasLabel(GridRegion.CORNER))) {
                MenuItem cascade = new MenuItem(menu, SWT.CASCADE);
                cascade.setText(Messages.matrixAddActor);
                Menu actors = new Menu(cascade);
                cascade.setMenu(actors);
                for (MatrixLoader.Choice actor : view.filters().projectActors()) {
                    MenuItem item = new MenuItem(actors, SWT.PUSH);
                    item.setText(actor.title());
                    item.addListener(SWT.Selection, e -> view.addActor(actor.name()));
                }
                cascade.setEnabled(actors.getItemCount() > 0);
            }
            event.doit = menu.getItemCount() > 0;
        });
    }
}
