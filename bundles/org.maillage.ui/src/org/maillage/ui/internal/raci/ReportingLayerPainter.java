package org.maillage.ui.internal.raci;

import org.eclipse.core.runtime.ILog;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.painter.layer.NatLayerPainter;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * NatTable's painter of the whole table, except that a failure is written to the platform's log
 * (once) instead of NatTable's own logger, which the product does not show: a grid that cannot be
 * painted is an error a person and the tests can see, not an empty area.
 */
final class ReportingLayerPainter extends NatLayerPainter {

    private boolean reported;

    ReportingLayerPainter(NatTable natTable) {
        super(natTable);
    }

    @Override
    public void paintLayer(ILayer natLayer, GC gc, int xOffset, int yOffset, Rectangle rectangle, IConfigRegistry configRegistry) {
        try {
            paintBackground(natLayer, gc, xOffset, yOffset, rectangle, configRegistry);
            gc.setForeground(natTable.getForeground());
            natTable.getLayer().getLayerPainter().paintLayer(natLayer, gc, xOffset, yOffset, rectangle, configRegistry);
            paintOverlays(natLayer, gc, xOffset, yOffset, rectangle, configRegistry);
        } catch (RuntimeException e) {
            if (!reported) {
                reported = true;
                ILog.of(ReportingLayerPainter.class).error("The RACI matrix could not be painted", e);
            }
        }
    }
}
