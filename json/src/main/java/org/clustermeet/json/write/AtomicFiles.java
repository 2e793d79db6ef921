package org.clustermeet.json.write;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that it either has the new content or keeps the old: a temporary file in the
 * same directory, written, flushed and fsynced, then moved over the target with
 * {@code ATOMIC_MOVE}, then the directory fsynced where the platform allows. The temporary file
 * is removed on failure. There is no silent non-atomic fallback. Only a regular file is replaced:
 * a symbolic link, a directory, a device, a FIFO or a socket is refused. A replaced file keeps its
 * permissions; a new one gets {@code rw-r--r--}.
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

    /** The permissions of a new file: {@code rw-r--r--}. */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    public static void write(Path target, Content content, FileOps ops) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new NoSuchFileException(String.valueOf(directory), null,
                    "cannot save " + absolute + ": the directory does not exist");
        }
        if (Files.isSymbolicLink(absolute)) {
            throw new IOException("cannot save " + absolute + ": it is a symbolic link, which is never replaced "
                    + "(give the path of the file it points to)");
        }
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot save " + absolute + ": it is a directory");
        }
        boolean exists = Files.exists(absolute, LinkOption.NOFOLLOW_LINKS);
        if (exists && !Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("cannot save " + absolute + ": it is not a regular file (a device, a FIFO or a "
                    + "socket), which is never replaced");
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
            keepAttributes(exists ? absolute : null, temp);
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

    /**
     * Gives the temporary file the permissions (and, where allowed, the owner and group) of the
     * file it replaces, or {@code rw-r--r--} for a new file, on file systems with POSIX attributes.
     */
    private static void keepAttributes(Path replaced, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (replaced == null) {
            view.setPermissions(NEW_FILE);
            return;
        }
        PosixFileAttributes old = Files.readAttributes(replaced, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        view.setPermissions(old.permissions());
        try {
            view.setGroup(old.group());
            view.setOwner(old.owner());
        } catch (IOException | SecurityException e) {
            // only a privileged user may give a file away; the permissions are kept all the same
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
