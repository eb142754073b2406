package org.maillage.ui.internal.raci;

import java.util.function.Predicate;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.AbstractCellPainter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.maillage.model.coop.Role;
import org.maillage.ui.internal.Messages;

/**
 * A line's row header: in the first column its title (a plan or an action in bold with a fold
 * arrow, a function indented), in the second the function's A and R counts after an error or
 * warning icon when the rule catalogue reports on the line (the message is the tooltip).
 */
final class LineHeaderPainter extends AbstractCellPainter {

    private final Predicate<RaciGrid.Line> collapsed;
    private final Font bold;
    private final Color background;
    private final Color groupBackground;
    private final Color border;
    private final Color text;

    LineHeaderPainter(Display display, Font bold, Predicate<RaciGrid.Line> collapsed) {
        this.collapsed = collapsed;
        this.bold = bold;
        background = new Color(new RGB(250, 250, 250));
        groupBackground = new Color(new RGB(236, 239, 241));
        border = new Color(new RGB(207, 216, 220));
        text = display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
    }

    @Override
    public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry registry) {
        if (!(cell.getDataValue() instanceof RaciGrid.Line line)) {
            return;
        }
        Color oldBackground = gc.getBackground();
        Color oldForeground = gc.getForeground();
        Font oldFont = gc.getFont();
        Rectangle clip = gc.getClipping();
        try {
            gc.setClipping(bounds.intersection(clip));
            boolean function = line.kind() == RaciGrid.Kind.FUNCTION;
            gc.setBackground(function ? background : groupBackground);
            gc.fillRectangle(bounds);
            gc.setForeground(text);
            gc.setFont(function ? oldFont : bold);
            int textY = bounds.y + (bounds.height - gc.getFontMetrics().getHeight()) / 2;
            if (cell.getColumnIndex() == 0) {
                String label = switch (line.kind()) {
                    case PLAN -> line.title();
                    case ACTION -> (collapsed.test(line) ? "\u25B8 " : "\u25BE ") + line.title();
                    case FUNCTION -> line.title();
                };
                gc.drawText(label, bounds.x + (function ? 24 : line.kind() == RaciGrid.Kind.ACTION ? 8 : 4), textY, true);
            } else {
                int x = bounds.x + 4;
                Image icon = icon(line);
                if (icon != null) {
                    gc.drawImage(icon, x, bounds.y + (bounds.height - icon.getBounds().height) / 2);
                }
                x += 20;
                if (function) {
                    gc.drawText(Messages.bind(Messages.matrixCounts, line.count(Role.A), line.count(Role.R)), x, textY, true);
                }
            }
            gc.setForeground(border);
            gc.drawLine(bounds.x, bounds.y + bounds.height - 1, bounds.x + bounds.width, bounds.y + bounds.height - 1);
            gc.drawLine(bounds.x + bounds.width - 1, bounds.y, bounds.x + bounds.width - 1, bounds.y + bounds.height);
        } finally {
            gc.setClipping(clip);
            gc.setBackground(oldBackground);
            gc.setForeground(oldForeground);
            gc.setFont(oldFont);
        }
    }

    /** The error icon when a finding of the line is an error, the warning icon for other findings. */
    static Image icon(RaciGrid.Line line) {
        if (line.findings().isEmpty()) {
            return null;
        }
        return PlatformUI.getWorkbench().getSharedImages()
                .getImage(line.hasError() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK);
    }

    @Override
    public int getPreferredWidth(ILayerCell cell, GC gc, IConfigRegistry registry) {
        return cell.getColumnIndex() == 0 ? 330 : 96;
    }

    @Override
    public int getPreferredHeight(ILayerCell cell, GC gc, IConfigRegistry registry) {
        return 24;
    }

    void dispose() {
        background.dispose();
        groupBackground.dispose();
        border.dispose();
    }
}
