package org.maillage.ui.internal.raci;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.AbstractCellPainter;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;

/**
 * A matrix cell: each role letter on its own role's colour (the cell divided in as many bands as it
 * holds letters, in the order A, R, S, C, I), the letter in bold white or black, whichever contrasts
 * more with the colour, so the letters stay readable; plan and action lines are a grey band; the
 * selected cell gets a frame.
 */
final class RoleCellPainter extends AbstractCellPainter {

    /**
     * What a body cell holds: its line, the actor's roles there and, when the matrix is compared with
     * a version, the change of the cell (null: unchanged or not compared).
     */
    record Value(RaciGrid.Line line, Set<Role> roles, MatrixComparison.Cell change) {

        /** The text the cell shows: both values of a changed cell ({@code R → A/R}), else its letters. */
        String text() {
            return change != null ? change.text() : RaciGrid.cell(roles);
        }
    }

    private final Map<Role, Color> colours = new EnumMap<>(Role.class);
    private final Map<Role, Color> letters = new EnumMap<>(Role.class);
    private final Color group;
    private final Color frame;
    private final Color grid;
    private final Color changed;
    private final Font bold;

    RoleCellPainter(Display display, Font bold) {
        Raci.COLOURS.forEach((role, hex) -> {
            RGB rgb = rgb(hex);
            colours.put(role, new Color(rgb));
            letters.put(role, display.getSystemColor(luminance(rgb) > 0.5 ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
        });
        group = new Color(new RGB(236, 239, 241));
        frame = display.getSystemColor(SWT.COLOR_LIST_SELECTION);
        grid = new Color(new RGB(207, 216, 220));
        changed = new Color(new RGB(255, 243, 196));
        this.bold = bold;
    }

    @Override
    public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry registry) {
        Color background = gc.getBackground();
        Color foreground = gc.getForeground();
        Font font = gc.getFont();
        try {
            if (!(cell.getDataValue() instanceof Value value) || value.line().kind() != RaciGrid.Kind.FUNCTION) {
                gc.setBackground(group);
                gc.fillRectangle(bounds);
                return;
            }
            gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(bounds);
            if (value.change() != null) {
                paintChange(gc, bounds, value);
                return;
            }
            List<Role> held = Raci.CELL_ORDER.stream().filter(value.roles()::contains).toList();
            gc.setFont(bold);
            int x = bounds.x + 2;
            int width = bounds.width - 4;
            for (int i = 0; i < held.size(); i++) {
                Role role = held.get(i);
                int from = x + width * i / held.size();
                int to = x + width * (i + 1) / held.size();
                Rectangle band = new Rectangle(from, bounds.y + 2, to - from - (i + 1 < held.size() ? 1 : 0), bounds.height - 4);
                gc.setBackground(colours.get(role));
                gc.fillRectangle(band);
                gc.setForeground(letters.get(role));
                Point size = gc.textExtent(role.getLiteral());
                gc.drawText(role.getLiteral(), band.x + (band.width - size.x) / 2, band.y + (band.height - size.y) / 2, true);
            }
            gc.setForeground(grid);
            gc.drawRectangle(bounds.x, bounds.y, bounds.width - 1, bounds.height - 1);
            if (cell.getDisplayMode() == DisplayMode.SELECT) {
                gc.setForeground(frame);
                gc.setLineWidth(2);
                gc.drawRectangle(bounds.x + 1, bounds.y + 1, bounds.width - 2, bounds.height - 2);
                gc.setLineWidth(1);
            }
        } finally {
            gc.setBackground(background);
            gc.setForeground(foreground);
            gc.setFont(font);
        }
    }

    /**
     * A changed cell (comparison with a version): both values written, the older first, on a pale
     * band framed by a thick dashed line, so that the change reads without the colours.
     */
    private void paintChange(GC gc, Rectangle bounds, Value value) {
        gc.setBackground(changed);
        gc.fillRectangle(bounds.x + 1, bounds.y + 1, bounds.width - 2, bounds.height - 2);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
        gc.setLineStyle(SWT.LINE_DASH);
        gc.setLineWidth(2);
        gc.drawRectangle(bounds.x + 1, bounds.y + 1, bounds.width - 3, bounds.height - 3);
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setFont(bold);
        String text = value.text();
        Point size = gc.textExtent(text);
        gc.drawText(text, bounds.x + Math.max(3, (bounds.width - size.x) / 2), bounds.y + (bounds.height - size.y) / 2, true);
    }

    @Override
    public int getPreferredWidth(ILayerCell cell, GC gc, IConfigRegistry registry) {
        return 90;
    }

    @Override
    public int getPreferredHeight(ILayerCell cell, GC gc, IConfigRegistry registry) {
        return 24;
    }

    void dispose() {
        colours.values().forEach(Color::dispose);
        group.dispose();
        grid.dispose();
        changed.dispose();
    }

    static RGB rgb(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }

    /** The relative luminance of a colour (WCAG), 0 for black to 1 for white. */
    static double luminance(RGB rgb) {
        return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
