package org.maillage.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPage;
import org.maillage.ui.internal.raci.MatrixTable;
import org.maillage.ui.internal.raci.RaciGrid;
import org.maillage.ui.internal.raci.RaciView;

/** What the RACI matrix shows, read by title as a person reads it; and the colour painted in a cell. */
final class MatrixRead {

    private MatrixRead() {
    }

    /**
     * Asks the view for the first plan of a file and waits until the matrix shows it: the view is
     * shared by the tests, and until then it shows whatever plan a previous test left in it.
     */
    static MatrixTable show(RaciView view, IFile file) {
        view.showPlan(file, null);
        ExampleProject.waitUntil(() -> view.shows(file), () -> "the matrix shows " + file.getFullPath() + ", not "
                + view.shownPlanTitle());
        return view.matrix();
    }

    /** The view (maximised), captured into target/NAME (a picture of the documentation). */
    static void screenshot(RaciView view, String name) throws Exception {
        ExampleProject.processEvents();
        Control part = view.matrix().natTable().getParent();
        part.redraw();
        part.update();
        ExampleProject.processEvents();
        Rectangle area = part.getBounds();
        Image image = new Image(part.getDisplay(), area.width, Math.min(area.height, 620));
        GC gc = new GC(image);
        try {
            part.print(gc); // the widgets drawn into the picture, whatever covers them on the screen
            // the grid painted by NatTable's own layer painter, where the window system's print leaves it blank
            NatTable table = view.matrix().natTable();
            Rectangle grid = table.getBounds();
            Rectangle client = table.getClientArea();
            Transform shift = new Transform(part.getDisplay());
            try {
                shift.translate(grid.x, grid.y);
                gc.setTransform(shift);
                gc.setClipping(0, 0, client.width, Math.max(0, Math.min(client.height, image.getBounds().height - grid.y)));
                table.getLayerPainter().paintLayer(table, gc, 0, 0, client, table.getConfigRegistry());
            } finally {
                gc.setTransform(null);
                shift.dispose();
            }
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path target = Path.of("target").toAbsolutePath();
            Files.createDirectories(target);
            loader.save(target.resolve(name).toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** After a test that maximised the matrix: the view back in its place, the editors closed (nothing saved). */
    static void restoreViewAndCloseEditors() {
        IWorkbenchPage page = WorkbenchAssertions.window().getActivePage();
        if (page.findViewReference(RaciView.ID) != null) {
            page.setPartState(page.findViewReference(RaciView.ID), IWorkbenchPage.STATE_RESTORED);
        }
        page.closeAllEditors(false);
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

    /**
     * The colour the matrix paints at a cell's left part (a lone letter's band): the table painted by
     * its own painter into a picture, as on the screen but whatever the window system shows at the time.
     */
    static RGB paintedColour(MatrixTable matrix, RaciGrid.Line line, int column) {
        Rectangle bounds = matrix.cellBounds(line, column);
        org.junit.jupiter.api.Assertions.assertNotNull(bounds, () -> "the cell is shown: table " + matrix.natTable().getBounds()
                + " rows " + matrix.natTable().getRowCount() + " line " + matrix.visibleLines().indexOf(line));
        ExampleProject.processEvents();
        NatTable table = matrix.natTable();
        Rectangle client = table.getClientArea();
        Image image = new Image(table.getDisplay(), client.width, client.height);
        GC gc = new GC(image);
        try {
            table.getLayerPainter().paintLayer(table, gc, 0, 0, client, table.getConfigRegistry());
            ImageData data = image.getImageData();
            return data.palette.getRGB(data.getPixel(bounds.x + 6, bounds.y + 4));
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
