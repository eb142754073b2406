package org.maillage.dsl.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * What a path is, found without opening it: only a regular file is ever opened (opening a named
 * pipe blocks until someone writes into it; a device such as /dev/zero never ends).
 */
enum PathKind {

    REGULAR, DIRECTORY, MISSING, DANGLING_LINK, LINK_LOOP, FIFO, SOCKET, DEVICE, OTHER;

    /** Linux gives up after 40 links in a row (ELOOP); so does this. */
    private static final int MAX_LINKS = 40;

    static PathKind of(Path path) {
        Path current = path;
        Set<Path> seen = new HashSet<>();
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS || !seen.add(current.toAbsolutePath().normalize())) {
                return LINK_LOOP;
            }
            try {
                Path parent = current.toAbsolutePath().getParent();
                current = parent.resolve(Files.readSymbolicLink(current));
            } catch (IOException e) {
                return DANGLING_LINK;
            }
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(current, BasicFileAttributes.class);
        } catch (IOException e) {
            // A link's target missing, or a loop through a folder of the chain.
            return current == path && !Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? MISSING
                    : current == path ? OTHER : Files.exists(current, LinkOption.NOFOLLOW_LINKS) ? LINK_LOOP
                            : DANGLING_LINK;
        }
        if (attributes.isRegularFile()) {
            return REGULAR;
        }
        if (attributes.isDirectory()) {
            return DIRECTORY;
        }
        return special(current);
    }

    /** A named pipe, a socket or a device, from the Unix file mode where the platform has one. */
    private static PathKind special(Path path) {
        try {
            int type = ((Integer) Files.getAttribute(path, "unix:mode")) & 0170000;
            return switch (type) {
            case 0010000 -> FIFO;
            case 0140000 -> SOCKET;
            case 0020000, 0060000 -> DEVICE;
            default -> OTHER;
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return OTHER;
        }
    }

    /** The key of this kind's name in the messages ({@code kind.fifo}...). */
    String messageKey() {
        return "kind." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
    }
}
