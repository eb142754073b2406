package org.maillage.vcs.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

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

    /** Processes UI events until the condition holds or 30 s passed. */
    static void waitUntil(BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!Display.getCurrent().readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        assertTrue(condition.getAsBoolean(), what);
    }
}
