package org.maillage.ui.internal.raci;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.maillage.model.coop.Role;
import org.maillage.model.services.Raci;
import org.maillage.ui.internal.Messages;

/**
 * The small chooser a click on a cell opens under it: one toggle per role letter (A R S C I, any
 * number of them), pressed for the letters the cell holds; a letter key toggles its button, Return
 * or OK applies the letters, Escape or a click elsewhere leaves the cell as it was.
 */
final class RoleChooser {

    private final Shell shell;
    private final Map<Role, Button> toggles = new EnumMap<>(Role.class);
    private final Listener keys = this::key;
    private final Listener clicks = this::click;
    private final Consumer<Set<Role>> apply;

    private RoleChooser(Control owner, Point at, Set<Role> current, Consumer<Set<Role>> apply) {
        shell = new Shell(owner.getShell(), SWT.ON_TOP | SWT.TOOL | SWT.BORDER);
        shell.setText(Messages.matrixChooser);
        shell.setLayout(new GridLayout(Raci.CELL_ORDER.size() + 1, false));
        for (Role role : Raci.CELL_ORDER) {
            Button toggle = new Button(shell, SWT.TOGGLE);
            toggle.setText(role.getLiteral());
            toggle.setToolTipText(tip(role));
            toggle.setSelection(current.contains(role));
            toggle.setLayoutData(new GridData(32, SWT.DEFAULT));
            toggles.put(role, toggle);
        }
        Button ok = new Button(shell, SWT.PUSH);
        ok.setText(Messages.matrixApply);
        shell.setDefaultButton(ok);
        this.apply = apply;
        ok.addListener(SWT.Selection, e -> apply());
        // keys and clicks are watched on the whole display: the chooser works whichever shell the
        // window system makes active, and a click elsewhere closes it
        shell.getDisplay().addFilter(SWT.KeyDown, keys);
        shell.getDisplay().addFilter(SWT.MouseDown, clicks);
        shell.addListener(SWT.Dispose, e -> {
            e.display.removeFilter(SWT.KeyDown, keys);
            e.display.removeFilter(SWT.MouseDown, clicks);
        });
        shell.pack();
        shell.setLocation(at);
        shell.open();
        shell.forceActive();
        ok.setFocus();
    }

    /** Opens the chooser at a point of the display; {@code apply} gets the letters chosen. */
    static RoleChooser open(Control owner, Point at, Set<Role> current, Consumer<Set<Role>> apply) {
        return new RoleChooser(owner, at, current, apply);
    }

    Shell shell() {
        return shell;
    }

    private void key(Event event) {
        if (shell.isDisposed()) {
            return;
        }
        Role role = Role.get(String.valueOf(event.character).toUpperCase());
        if (event.character == SWT.ESC) {
            shell.dispose();
        } else if (event.character == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
            apply();
        } else if (role != null && toggles.containsKey(role)) {
            Button toggle = toggles.get(role);
            toggle.setSelection(!toggle.getSelection());
        } else {
            return;
        }
        // the key is the chooser's: no widget below gets it (the matrix would open a chooser again)
        event.doit = false;
        event.type = SWT.None;
    }

    private void click(Event event) {
        if (!shell.isDisposed() && !(event.widget instanceof Control control && control.getShell() == shell)) {
            shell.dispose();
        }
    }

    private void apply() {
        if (!shell.isDisposed()) {
            Set<Role> chosen = chosen();
            shell.dispose();
            apply.accept(chosen);
        }
    }

    private Set<Role> chosen() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        toggles.forEach((role, toggle) -> {
            if (toggle.getSelection()) {
                chosen.add(role);
            }
        });
        return chosen;
    }

    private static String tip(Role role) {
        return switch (role) {
            case A -> Messages.matrixRoleA;
            case R -> Messages.matrixRoleR;
            case S -> Messages.matrixRoleS;
            case C -> Messages.matrixRoleC;
            case I -> Messages.matrixRoleI;
        };
    }
}
