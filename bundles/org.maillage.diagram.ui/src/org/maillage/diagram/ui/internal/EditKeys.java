package org.maillage.diagram.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;

/**
 * Delete, Undo and Redo in the diagram, whichever way the key press arrives: through the workbench's
 * key bindings (the editor's global handlers) or through the page, which hands these keys to
 * {@code maillageKey(command)} instead of acting on them itself. WebKitGTK may deliver one press both
 * ways; a command asked again within {@link #SAME_PRESS_MS} is the same press and runs once.
 */
final class EditKeys {
    static final long SAME_PRESS_MS = 250;

    private final Map<String, Long> lastRun = new HashMap<>();
    private final Map<String, Runnable> commands = new HashMap<>();

    void command(String name, Runnable command) {
        commands.put(name, command);
    }

    /** Runs the command unless the same key press ran it already; false when it was a repeat. */
    boolean run(String name) {
        long now = System.currentTimeMillis();
        Long last = lastRun.get(name);
        if (last != null && now - last < SAME_PRESS_MS) {
            return false;
        }
        lastRun.put(name, now);
        Runnable command = commands.get(name);
        if (command != null) {
            command.run();
        }
        return true;
    }

    /** Installs the function the page calls for these keys; it lives as long as the browser. */
    void listenTo(Browser browser) {
        new BrowserFunction(browser, "maillageKey") {
            @Override
            public Object function(Object[] arguments) {
                if (arguments.length == 1 && arguments[0] instanceof String name) {
                    // After the page's event: the command may call into the page again.
                    browser.getDisplay().asyncExec(() -> run(name));
                }
                return null;
            }
        };
    }
}
