package org.maillage.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;

/**
 * Real input events, as a person makes them: keys and the mouse posted to the X server (Display.post,
 * XTest under Xvfb), then delivered to whichever widget has the focus or is under the pointer.
 * Usable from the UI thread, or from a thread of its own acting while the UI thread runs a modal
 * dialog's event loop ({@link #onUi} then reads the widgets).
 */
final class UserInput {

    /** Characters typed with Shift on the keyboard map of Xvfb (US). */
    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";

    private UserInput() {
    }

    /** Types the text key by key; a newline is Return. */
    static void type(String text) {
        for (char c : text.toCharArray()) {
            boolean shift = Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0;
            if (shift) {
                post(SWT.KeyDown, SWT.SHIFT, '\0');
            }
            char character = c == '\n' ? SWT.CR : c;
            post(SWT.KeyDown, 0, character);
            post(SWT.KeyUp, 0, character);
            if (shift) {
                post(SWT.KeyUp, SWT.SHIFT, '\0');
            }
            settle();
        }
    }

    /** Presses a key {@code times} times: SWT.ARROW_LEFT..., or SWT.BS, SWT.CR, SWT.ESC (code and character). */
    static void press(int keyCode, int times) {
        char character = keyCode == SWT.BS || keyCode == SWT.CR || keyCode == SWT.ESC ? (char) keyCode : '\0';
        for (int i = 0; i < times; i++) {
            post(SWT.KeyDown, keyCode, character);
            post(SWT.KeyUp, keyCode, character);
            settle();
        }
    }

    /** Ctrl (or another modifier) held while a character key is pressed: Ctrl+1, Ctrl+S. */
    static void chord(int modifier, char character) {
        post(SWT.KeyDown, modifier, '\0');
        post(SWT.KeyDown, 0, character);
        post(SWT.KeyUp, 0, character);
        post(SWT.KeyUp, modifier, '\0');
        settle();
    }

    /** Moves the pointer over a point of a control (its own coordinates). */
    static void moveTo(Control control, Point at) {
        Point screen = onUi(() -> control.toDisplay(at));
        Event event = new Event();
        event.type = SWT.MouseMove;
        event.x = screen.x;
        event.y = screen.y;
        posted(event);
        settle();
    }

    /** A left click at a point of a control. */
    static void click(Control control, Point at) {
        clicks(control, at, 1);
    }

    /** Two left clicks in a row at a point of a control: a double-click. */
    static void doubleClick(Control control, Point at) {
        clicks(control, at, 2);
    }

    /** The button events carry the pointer's position too: SWT reports theirs to the widget (NatTable reads it). */
    private static void clicks(Control control, Point at, int count) {
        moveTo(control, at);
        Point screen = onUi(() -> control.toDisplay(at));
        for (int i = 0; i < count; i++) {
            for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
                Event event = new Event();
                event.type = type;
                event.button = 1;
                event.x = screen.x;
                event.y = screen.y;
                posted(event);
            }
        }
        settle();
    }

    private static void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        if (!posted(event)) {
            throw new AssertionError("the X server refused the event (XTest)");
        }
    }

    /** Posts the event from the UI thread (GTK moves the pointer only there). */
    private static boolean posted(Event event) {
        return onUi(() -> display().post(event));
    }

    /** What {@code read} returns, run on the UI thread (directly when called there). */
    static <T> T onUi(java.util.function.Supplier<T> read) {
        Display display = display();
        if (display.getThread() == Thread.currentThread()) {
            return read.get();
        }
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        display.syncExec(() -> result.set(read.get()));
        return result.get();
    }

    /** Lets the events posted reach the widgets and what they start run (off the UI thread: waits while it runs them). */
    static void settle() {
        Display display = display();
        if (display.getThread() != Thread.currentThread()) {
            try {
                Thread.sleep(40);
                display.syncExec(() -> { });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        long end = System.currentTimeMillis() + 15;
        do {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        } while (System.currentTimeMillis() < end);
    }

    private static Display display() {
        return Display.getDefault();
    }
}
