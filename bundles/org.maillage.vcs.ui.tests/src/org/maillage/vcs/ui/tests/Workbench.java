package org.maillage.vcs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;

/** What the workbench tests share: the example's folder, and waiting while the UI runs. */
final class Workbench {

    private Workbench() {
    }

    /** The repository's examples/monts-ardeche folder. */
    static Path example() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples/monts-ardeche"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples/monts-ardeche");
    }

    /**
     * Saves a picture of the workbench window, the view maximized, as PNG when
     * {@code -Dmaillage.screenshot=FILE} is given (the documentation's screenshots); does nothing
     * otherwise.
     */
    static void screenshot(IViewPart view) {
        String target = System.getProperty("maillage.screenshot");
        if (target == null) {
            return;
        }
        IWorkbenchPage page = view.getSite().getPage();
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        try {
            save(view.getSite().getShell(), target);
        } finally {
            page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        }
    }

    private static void save(Shell shell, String target) {
        shell.setBounds(0, 0, 1280, 860);
        long end = System.currentTimeMillis() + 3_000;
        pump(() -> System.currentTimeMillis() >= end);
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(target, SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Processes UI events until the condition holds or 30 s passed. */
    static void waitUntil(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + 30_000;
        pump(() -> condition.getAsBoolean() || System.currentTimeMillis() >= end);
        assertTrue(condition.getAsBoolean(), what);
    }

    /** Processes UI events until {@code done}. */
    private static void pump(BooleanSupplier done) {
        while (!done.getAsBoolean()) {
            if (!Display.getCurrent().readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
