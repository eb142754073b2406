package org.maillage.cli.tests;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Pipes, device nodes and what a path is, for the tests of what Maillage writes. */
final class SpecialFiles {

    private SpecialFiles() {
    }

    /** Makes a named pipe; false when the system has no mkfifo. */
    static boolean mkfifo(Path path) {
        return run("mkfifo", path.toString());
    }

    /** Makes a character device node like /dev/null; false when not permitted (not root, a container). */
    static boolean mknodNull(Path path) {
        return run("mknod", path.toString(), "c", "1", "3");
    }

    static boolean isPipeOrDevice(Path path) throws Exception {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther();
    }

    static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean run(String... command) {
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
