package org.clustermeet.json.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that it either has the new content or keeps the old: a temporary file in the
 * same directory, written, flushed and fsynced, then moved over the target with
 * {@code ATOMIC_MOVE}, then the directory fsynced where the platform allows. The temporary file
 * is removed on failure. There is no silent non-atomic fallback.
 */
public final class AtomicFiles {

    /**
     * The two steps that touch the disk: writing the temporary file (flushed and forced), and
     * moving it over the target. Tests replace them to inject faults the OS cannot be made to
     * produce (a full disk, a file system without atomic moves).
     */
    public interface FileOps {
        /** Writes the content into the temporary file and forces it to disk. */
        void write(Path temp, Content content) throws IOException;

        /** Moves the temporary file over the target atomically. */
        default void move(Path temp, Path target) throws IOException {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** What goes into the file, written to a stream that the caller neither flushes nor closes. */
    @FunctionalInterface
    public interface Content {
        /** Writes the content. */
        void writeTo(OutputStream out) throws IOException;
    }

    public static final FileOps DEFAULT_OPS = (temp, content) -> {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 65_536);
            content.writeTo(out);
            out.flush();
            channel.force(true);
        }
    };

    private AtomicFiles() {
    }

    public static void write(Path target, Content content, FileOps ops) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new NoSuchFileException(String.valueOf(directory), null,
                    "cannot save " + absolute + ": the directory does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot save " + absolute + ": it is a directory");
        }
        Path temp;
        try {
            temp = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".tmp");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(directory.toString(), null,
                    "cannot save " + absolute + ": the directory is not writable");
        }
        boolean moved = false;
        try {
            ops.write(temp, content);
            try {
                ops.move(temp, absolute);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot save " + absolute + " atomically: this file system does not support "
                        + "atomic moves, and the file was left unchanged", e);
            }
            moved = true;
            syncDirectory(directory);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Flushes the directory entry to disk; some platforms (Windows) cannot open a directory, which is fine. */
    private static void syncDirectory(Path directory) {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The move is done; the platform does not allow syncing a directory.
        }
    }
}
