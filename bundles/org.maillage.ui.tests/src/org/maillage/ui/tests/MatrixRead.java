package org.maillage.ui.tests;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.maillage.ui.internal.raci.MatrixTable;
import org.maillage.ui.internal.raci.RaciGrid;

/** What the RACI matrix shows, read by title as a person reads it; and the colour painted in a cell. */
final class MatrixRead {

    private MatrixRead() {
    }

    static List<String> columnTitles(MatrixTable matrix) {
        return matrix.grid().columns().stream().map(RaciGrid.Column::title).toList();
    }

    /** The action lines' titles, in order. */
    static List<String> actionTitles(MatrixTable matrix) {
        return matrix.visibleLines().stream().filter(l -> l.kind() == RaciGrid.Kind.ACTION).map(RaciGrid.Line::title).toList();
    }

    /** The function line of that title under the action of that title. */
    static Optional<RaciGrid.Line> line(MatrixTable matrix, String actionTitle, String functionTitle) {
        String action = null;
        for (RaciGrid.Line line : matrix.visibleLines()) {
            if (line.kind() == RaciGrid.Kind.ACTION) {
                action = line.title();
            } else if (line.kind() == RaciGrid.Kind.FUNCTION && actionTitle.equals(action) && functionTitle.equals(line.title())) {
                return Optional.of(line);
            }
        }
        return Optional.empty();
    }

    /** The letters of a cell by titles, "?" when there is no such line or column. */
    static String cell(MatrixTable matrix, String actionTitle, String functionTitle, String actorTitle) {
        int column = columnTitles(matrix).indexOf(actorTitle);
        return column < 0 ? "?" : line(matrix, actionTitle, functionTitle).map(l -> RaciGrid.cell(l.cells().get(column))).orElse("?");
    }

    /** The colour painted at the centre of a cell's left part (a lone letter's band), read from the screen. */
    static RGB paintedColour(MatrixTable matrix, RaciGrid.Line line, int column) {
        Rectangle bounds = matrix.cellBounds(line, column);
        ExampleProject.processEvents();
        matrix.natTable().redraw();
        matrix.natTable().update();
        Image image = new Image(matrix.natTable().getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(matrix.natTable());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            return image.getImageData().palette.getRGB(image.getImageData().getPixel(6, 4));
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
