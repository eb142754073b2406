package org.maillage.ui.internal.raci;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.command.VisualRefreshCommand;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultGridLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.BeveledBorderDecorator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.maillage.model.coop.Role;
import org.maillage.ui.internal.Messages;

/**
 * The matrix's grid (NatTable): function lines under their action (and plan, across plans) in the
 * row header with their A and R counts and findings, actors as columns with their workload, the
 * role letters in the cells. Clicking a cell asks for its letters; letters typed on a selected cell
 * set them; Delete clears the selected cells; a click on an action's header folds or unfolds it.
 */
public final class MatrixTable {

    /** What the user asks of the matrix; the view turns it into edits of the text. */
    interface Requests {
        void choose(RaciGrid.Line line, int column, Rectangle cell);

        void set(RaciGrid.Line line, int column, Set<Role> roles);

        void open(RaciGrid.Line line);
    }

    private static final int ROW_HEIGHT = 24;

    private final Requests requests;
    private final NatTable natTable;
    private final DefaultGridLayer gridLayer;
    private final RoleCellPainter cellPainter;
    private final LineHeaderPainter headerPainter;
    private final Set<String> collapsed = new HashSet<>();
    private RaciGrid grid = new RaciGrid("", List.of(), List.of());
    private MatrixComparison.Result comparison;
    private List<RaciGrid.Line> visible = List.of();
    private int columns;
    private String typingAt;
    private String pressedAt;
    private String lastPressAt;
    private int lastPressTime;
    private String trace = "";
    private final Set<Role> typed = EnumSet.noneOf(Role.class);

    MatrixTable(Composite parent, Requests requests) {
        CollectionsFactories.initialise(); // before NatTable's first use of Eclipse Collections
        this.requests = requests;
        IDataProvider body = new IDataProvider() {
            @Override
            public Object getDataValue(int column, int row) {
                return value(visible.get(row), column);
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                // changed through the text only
            }

            @Override
            public int getColumnCount() {
                return grid.columns().size();
            }

            @Override
            public int getRowCount() {
                return visible.size();
            }
        };
        IDataProvider columnHeader = new ReadOnlyData(() -> grid.columns().size(), () -> 1,
                (column, row) -> grid.columns().get(column).title() + "\n" + grid.columns().get(column).workloadText());
        IDataProvider rowHeader = new ReadOnlyData(() -> 2, () -> visible.size(), (column, row) -> visible.get(row));
        IDataProvider corner = new DefaultCornerDataProvider(columnHeader, rowHeader) {
            @Override
            public Object getDataValue(int column, int row) {
                return column == 0 ? Messages.matrixCornerLines : Messages.matrixCornerCounts;
            }
        };
        gridLayer = new DefaultGridLayer(body, columnHeader, rowHeader, corner, true);
        DataLayer bodyData = (DataLayer) gridLayer.getBodyDataLayer();
        bodyData.setDefaultColumnWidth(112);
        bodyData.setDefaultRowHeight(ROW_HEIGHT);
        DataLayer rowHeaderData = (DataLayer) gridLayer.getRowHeaderDataLayer();
        rowHeaderData.setDefaultRowHeight(ROW_HEIGHT);
        rowHeaderData.setColumnWidthByPosition(0, 330);
        rowHeaderData.setColumnWidthByPosition(1, 96);
        ((DataLayer) gridLayer.getColumnHeaderDataLayer()).setDefaultRowHeight(70);
        ((DataLayer) gridLayer.getCornerDataLayer()).setDefaultRowHeight(70);

        natTable = new NatTable(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED | SWT.H_SCROLL | SWT.V_SCROLL, gridLayer, false);
        natTable.setLayerPainter(new ReportingLayerPainter(natTable));
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        cellPainter = new RoleCellPainter(parent.getDisplay(), bold);
        headerPainter = new LineHeaderPainter(parent.getDisplay(), bold, this::isCollapsed);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new AbstractRegistryConfiguration() {
            @Override
            public void configureRegistry(IConfigRegistry registry) {
                registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, cellPainter, DisplayMode.NORMAL, GridRegion.BODY);
                registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, headerPainter, DisplayMode.NORMAL,
                        GridRegion.ROW_HEADER);
                registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER,
                        new BeveledBorderDecorator(new TextPainter(true, true, 3)), DisplayMode.NORMAL, GridRegion.COLUMN_HEADER);
            }

            @Override
            public void configureUiBindings(UiBindingRegistry bindings) {
                bindings.registerFirstKeyBinding(event -> Role.get(String.valueOf(event.character).toUpperCase()) != null
                        && (event.stateMask & (SWT.MOD1 | SWT.ALT)) == 0, (table, event) -> typed(Role.get(String.valueOf(event.character).toUpperCase())));
                bindings.registerFirstKeyBinding(event -> (event.keyCode == SWT.CR || event.character == ' ')
                        && (event.stateMask & SWT.MODIFIER_MASK) == 0, (table, event) -> chooseAtAnchor());
                bindings.registerFirstKeyBinding(event -> event.keyCode == SWT.DEL || event.keyCode == SWT.BS, (table, event) -> clearSelected());
            }
        });
        natTable.configure();
        selectionLayer().addLayerListener(event -> {
            if (event instanceof CellSelectionEvent) {
                typingAt = null;
            }
        });
        natTable.addListener(SWT.MouseDown, this::mouse);
        natTable.addListener(SWT.MouseUp, this::mouse);
        natTable.addListener(SWT.MouseDoubleClick, this::mouse);
        new MatrixToolTip(this);
        natTable.addDisposeListener(e -> {
            cellPainter.dispose();
            headerPainter.dispose();
        });
    }

    /** The last mouse event seen and where: for a test's failure message. */
    public String trace() {
        return trace;
    }

    public NatTable natTable() {
        return natTable;
    }

    public RaciGrid grid() {
        return grid;
    }

    /** The lines shown: the grid's, without the functions of folded actions. */
    public List<RaciGrid.Line> visibleLines() {
        return visible;
    }

    /** Shows a grid, with the changed cells of a comparison with a version (null: none). */
    void show(RaciGrid shown, MatrixComparison.Result compared) {
        grid = shown;
        comparison = compared;
        relayout();
    }

    /** The text a body cell shows: its letters, or both values of a cell changed since the version compared with. */
    public String cellText(RaciGrid.Line line, int column) {
        return value(line, column).text();
    }

    private RoleCellPainter.Value value(RaciGrid.Line line, int column) {
        boolean function = line.kind() == RaciGrid.Kind.FUNCTION;
        return new RoleCellPainter.Value(line, function ? line.cells().get(column) : Set.of(),
                comparison == null || !function ? null : comparison.cell(line, grid.columns().get(column).actor()));
    }

    /** The body cell of a line and a column in the table's coordinates, scrolled into view; null when hidden. */
    public Rectangle cellBounds(RaciGrid.Line line, int column) {
        int row = visible.indexOf(line);
        if (row < 0 || column < 0 || column >= grid.columns().size()) {
            return null;
        }
        SelectionLayer selection = selectionLayer();
        natTable.doCommand(new org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand(column, row));
        int x = -1;
        int y = -1;
        for (int position = 0; position < natTable.getColumnCount(); position++) {
            if (natTable.getColumnIndexByPosition(position) == column && position >= 2) {
                x = position;
            }
        }
        for (int position = 1; position < natTable.getRowCount(); position++) {
            if (natTable.getRowIndexByPosition(position) == row) {
                y = position;
            }
        }
        return x < 0 || y < 0 || selection == null ? null : natTable.getBoundsByPosition(x, y);
    }

    /** The row header's cell of a line (its title), in the table's coordinates; null when hidden. */
    public Rectangle headerBounds(RaciGrid.Line line) {
        int row = visible.indexOf(line);
        for (int position = 1; row >= 0 && position < natTable.getRowCount(); position++) {
            if (natTable.getRowIndexByPosition(position) == row) {
                return natTable.getBoundsByPosition(0, position);
            }
        }
        return null;
    }

    /** The line under a y of the table, if it is a line of the matrix. */
    java.util.Optional<RaciGrid.Line> lineAt(int y) {
        int position = natTable.getRowPositionByY(y);
        if (position < 1) {
            return java.util.Optional.empty();
        }
        int index = natTable.getRowIndexByPosition(position);
        return index >= 0 && index < visible.size() ? java.util.Optional.of(visible.get(index)) : java.util.Optional.empty();
    }

    /** The actor column under an x of the table, or -1. */
    int columnAt(int x) {
        int position = natTable.getColumnPositionByX(x);
        if (position < 2) {
            return -1;
        }
        int index = natTable.getColumnIndexByPosition(position);
        return index < grid.columns().size() ? index : -1;
    }

    boolean isCollapsed(RaciGrid.Line line) {
        return line.kind() == RaciGrid.Kind.ACTION && collapsed.contains(key(line));
    }

    /**
     * A click (pressed and released on the same cell, no modifier) on a cell opens the chooser, on an
     * action's header folds it; a double-click on a line's header opens its text. NatTable selects
     * the cell first: the request runs after its own handling.
     */
    private void mouse(org.eclipse.swt.widgets.Event event) {
        if (event.button != 1 || (event.stateMask & SWT.MODIFIER_MASK) != 0) {
            return;
        }
        // where the pointer is: some X servers (Xvfb with XTest) give button events no position
        Point pointer = natTable.toControl(natTable.getDisplay().getCursorLocation());
        int x = pointer.x;
        int y = pointer.y;
        // by index, not position: selecting a half-shown cell scrolls it into view between press and release
        int columnPosition = natTable.getColumnPositionByX(x);
        int rowPosition = natTable.getRowPositionByY(y);
        String at = (columnPosition < 2 ? "header" + columnPosition : "column" + natTable.getColumnIndexByPosition(columnPosition))
                + ":" + (rowPosition < 1 ? "top" : "row" + natTable.getRowIndexByPosition(rowPosition));
        trace = (trace.length() > 300 ? trace.substring(trace.length() - 300) : trace) + " | " + event.type + "@" + at
                + " (" + x + "," + y + ") pressed " + pressedAt;
        switch (event.type) {
            case SWT.MouseDown -> {
                pressedAt = event.count == 1 ? at : null;
                // a second press on the same header within the double-click time opens the line, even where
                // the window system reports two single clicks (GTK under XTest gives no double-click)
                if (event.count == 1 && at.equals(lastPressAt) && columnAt(x) < 0
                        && (event.time - lastPressTime & 0xFFFFFFFFL) <= natTable.getDisplay().getDoubleClickTime()) {
                    lastPressAt = null;
                    lineAt(y).ifPresent(requests::open);
                } else {
                    lastPressAt = event.count == 1 ? at : null;
                    lastPressTime = event.time;
                }
            }
            case SWT.MouseUp -> {
                if (at.equals(pressedAt)) {
                    pressedAt = null;
                    natTable.getDisplay().asyncExec(() -> {
                        if (!natTable.isDisposed()) {
                            if (columnAt(x) >= 0) {
                                clicked(x, y);
                            } else if (natTable.getColumnPositionByX(x) == 0) {
                                toggle(y);
                            }
                        }
                    });
                }
            }
            case SWT.MouseDoubleClick -> {
                if (columnAt(x) < 0) {
                    lineAt(y).ifPresent(requests::open);
                }
            }
            default -> {
                // no other event is listened to
            }
        }
    }

    private void clicked(int x, int y) {
        int column = columnAt(x);
        lineAt(y).filter(line -> line.kind() == RaciGrid.Kind.FUNCTION && column >= 0).ifPresent(line -> {
            typingAt = null;
            trace += " chooses " + line.function() + "#" + column;
            natTable.doCommand(new SelectCellCommand(natTable, natTable.getColumnPositionByX(x), natTable.getRowPositionByY(y),
                    false, false));
            requests.choose(line, column, cellBounds(line, column));
        });
    }

    private void toggle(int y) {
        lineAt(y).filter(line -> line.kind() == RaciGrid.Kind.ACTION).ifPresent(line -> {
            if (!collapsed.remove(key(line))) {
                collapsed.add(key(line));
            }
            relayout();
        });
    }

    /** Return or Space on a selected cell opens its chooser, as a click does. */
    private void chooseAtAnchor() {
        PositionCoordinate anchor = selectionLayer().getSelectionAnchor();
        int row = selectionLayer().getRowIndexByPosition(anchor.getRowPosition());
        int column = selectionLayer().getColumnIndexByPosition(anchor.getColumnPosition());
        if (row >= 0 && row < visible.size() && column >= 0 && visible.get(row).kind() == RaciGrid.Kind.FUNCTION) {
            typingAt = null;
            requests.choose(visible.get(row), column, cellBounds(visible.get(row), column));
        }
    }

    private void typed(Role role) {
        PositionCoordinate anchor = selectionLayer().getSelectionAnchor();
        int row = selectionLayer().getRowIndexByPosition(anchor.getRowPosition());
        int column = selectionLayer().getColumnIndexByPosition(anchor.getColumnPosition());
        if (row < 0 || row >= visible.size() || column < 0 || visible.get(row).kind() != RaciGrid.Kind.FUNCTION) {
            return;
        }
        RaciGrid.Line line = visible.get(row);
        String at = key(line) + "/" + line.function() + "#" + column;
        if (!at.equals(typingAt)) {
            typed.clear();
        }
        typingAt = at;
        typed.add(role);
        requests.set(line, column, EnumSet.copyOf(typed));
    }

    /** Clears the roles of the selected cells (Delete). */
    void clearSelected() {
        typingAt = null;
        List<int[]> cells = new ArrayList<>();
        for (PositionCoordinate position : selectionLayer().getSelectedCellPositions()) {
            int row = selectionLayer().getRowIndexByPosition(position.getRowPosition());
            int column = selectionLayer().getColumnIndexByPosition(position.getColumnPosition());
            if (row >= 0 && row < visible.size() && column >= 0 && visible.get(row).kind() == RaciGrid.Kind.FUNCTION
                    && !visible.get(row).cells().get(column).isEmpty()) {
                cells.add(new int[] { row, column });
            }
        }
        List<RaciGrid.Line> lines = List.copyOf(visible);
        cells.forEach(cell -> requests.set(lines.get(cell[0]), cell[1], Set.of()));
    }

    private void relayout() {
        List<RaciGrid.Line> lines = new ArrayList<>();
        boolean folded = false;
        for (RaciGrid.Line line : grid.lines()) {
            if (line.kind() != RaciGrid.Kind.FUNCTION) {
                folded = isCollapsed(line);
                lines.add(line);
            } else if (!folded) {
                lines.add(line);
            }
        }
        boolean sameShape = lines.size() == visible.size() && columns == grid.columns().size();
        visible = List.copyOf(lines);
        columns = grid.columns().size();
        if (natTable.isDisposed()) {
            return;
        }
        if (sameShape) {
            natTable.doCommand(new VisualRefreshCommand()); // keeps the selection while letters are typed
        } else {
            natTable.refresh();
        }
    }

    private SelectionLayer selectionLayer() {
        return gridLayer.getBodyLayer().getSelectionLayer();
    }

    static String key(RaciGrid.Line line) {
        return line.source() + "#" + line.plan() + "/" + line.action();
    }

    /** A data provider over suppliers, read only. */
    private record ReadOnlyData(java.util.function.IntSupplier columns, java.util.function.IntSupplier rows,
            java.util.function.BiFunction<Integer, Integer, Object> value) implements IDataProvider {

        @Override
        public Object getDataValue(int column, int row) {
            return value.apply(column, row);
        }

        @Override
        public void setDataValue(int column, int row, Object newValue) {
            // read only
        }

        @Override
        public int getColumnCount() {
            return columns.getAsInt();
        }

        @Override
        public int getRowCount() {
            return rows.getAsInt();
        }
    }

    /** The centre of a rectangle, where a click lands. */
    static Point centre(Rectangle bounds) {
        return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
    }
}
