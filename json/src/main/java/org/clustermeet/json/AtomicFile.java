package org.clustermeet.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

import org.clustermeet.json.write.AtomicFiles;

/**
 * Writes a file all or nothing: afterwards it holds either the whole new content or, if anything
 * failed, exactly its previous content, and no temporary file is left behind. The content goes to
 * a temporary file in the same directory, is forced to disk, and replaces the target with an
 * atomic move; a file system that cannot move atomically is an error, never a silent non-atomic
 * replacement. Only a regular file is ever replaced: a symbolic link, a directory, a device, a
 * FIFO or a socket at the target is refused. A replaced file keeps its permissions (and, for a
 * privileged user, its owner and group); a new file gets {@code rw-r--r--}.
 * {@link RegistryJson#save} writes this way, and so should every output of a program using
 * clustermeet. Thread-safe.
 */
public final class AtomicFile {

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        /**
         * Writes the content.
         *
         * @param out the stream to the temporary file; flushed and closed by {@link AtomicFile}
         * @throws IOException if the content cannot be written; the target is then left unchanged
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes a file all or nothing.
     *
     * @param target  the file; its directory must exist; not null
     * @param content what goes into it, not null
     * @throws IOException if the file cannot be written (the message says why: a missing or
     *                     read-only directory, a target that is a directory, a symbolic link, a
     *                     device, a FIFO or a socket, a full disk, a file system without atomic
     *                     moves); the target is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(content, "content");
        AtomicFiles.write(target, content::writeTo, AtomicFiles.DEFAULT_OPS);
    }
}
