package org.maillage.ui.internal.raci;

import java.util.stream.Collectors;

import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.maillage.ui.internal.Messages;

/**
 * The matrix's tooltips: a line's findings (code and message) over its row header, the actor's
 * workload over its column header. None over the cells: a click there opens the chooser, and a
 * tooltip shell under the pointer would take the click.
 */
final class MatrixToolTip extends DefaultToolTip {

    private final MatrixTable table;

    MatrixToolTip(MatrixTable table) {
        super(table.natTable(), ToolTip.NO_RECREATE, false);
        this.table = table;
        setPopupDelay(600);
        setShift(new Point(12, 20)); // never under the pointer: a click goes to the cell
    }

    @Override
    protected String getText(Event event) {
        LabelStack region = table.natTable().getRegionLabelsByXY(event.x, event.y);
        if (region == null) {
            return null;
        }
        RaciGrid grid = table.grid();
        int column = table.columnAt(event.x);
        if (region.hasLabel(GridRegion.COLUMN_HEADER) && column >= 0) {
            RaciGrid.Column actor = grid.columns().get(column);
            return Messages.bind(Messages.matrixColumnTip, actor.title(), actor.workloadText());
        }
        RaciGrid.Line line = table.lineAt(event.y).orElse(null);
        if (line == null) {
            return null;
        }
        if (region.hasLabel(GridRegion.ROW_HEADER)) {
            String findings = line.findings().stream().map(f -> f.code() + " : " + f.message())
                    .collect(Collectors.joining("\n"));
            return findings.isEmpty() ? line.title() : line.title() + "\n" + findings;
        }
        return null;
    }

    @Override
    protected boolean shouldCreateToolTip(Event event) {
        return super.shouldCreateToolTip(event) && getText(event) != null;
    }

    @Override
    protected Object getToolTipArea(Event event) {
        return table.natTable().getRowPositionByY(event.y) * 100_000L + table.natTable().getColumnPositionByX(event.x);
    }
}
