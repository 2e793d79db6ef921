package org.clustermeet.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;

import org.clustermeet.core.text.Echo;
import org.clustermeet.store.internal.Database;
import org.clustermeet.store.internal.Journal;

/**
 * The embedded H2 database of a store, in one file. Its JDBC URL is built from the path, which
 * therefore may not hold {@code ;} (H2 would read what follows as database settings). Another
 * process that has the file open holds its lock: connecting waits for its turn, up to a limit,
 * rather than failing at once or sharing the file over a TCP server (H2's automatic server mode
 * listens on every network interface). An existing file is first opened read-only and checked to
 * hold a store, so that H2 never writes into a damaged file or another program's database.
 */
final class EmbeddedFile {

    /** How long opening waits for another process to close the file. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);

    /** H2's error code for a database file locked by another process. */
    private static final int IN_USE = 90020;

    /**
     * Whether closing should compact the file: less than half of a file over 64 MiB holds live
     * data (H2 writes each commit to the file and frees the space of older pages only after its
     * retention time, so a burst of commits grows the file; the share of the file in chunks times
     * the share of the chunks still live), and no other session of this process has it open.
     */
    private static final String WORTH_COMPACTING = "SELECT " + setting("FILL_RATE") + " * " + setting("CHUNKS_FILL_RATE")
            + " < 5000 AND " + setting("FILE_SIZE") + " > 67108864 "
            + "AND (SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS) = 1";
    private static final String SUFFIX = ".mv.db";

    private final Path base;
    private final Duration wait;

    private EmbeddedFile(Path base, Duration wait) {
        this.base = base;
        this.wait = wait;
    }

    /**
     * The file of a store.
     *
     * @param file {@code meetings} or {@code meetings.mv.db}, not null
     * @param wait how long to wait for another process to close the file, positive
     * @throws RegistryStoreException if the path holds {@code ;}
     */
    static EmbeddedFile of(Path file, Duration wait) {
        Path absolute = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
        if (absolute.toString().contains(";")) {
            throw new RegistryStoreException("cannot use " + Echo.cut(absolute.toString())
                    + " as an embedded database: the path holds ';', which would make what follows it database "
                    + "settings (choose a path without ';')", null);
        }
        if (Objects.requireNonNull(wait, "wait").isNegative() || wait.isZero()) {
            throw new IllegalArgumentException("wait must be positive, was " + wait);
        }
        String name = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        Path base = name.endsWith(SUFFIX) ? absolute.resolveSibling(name.substring(0, name.length() - SUFFIX.length()))
                : absolute;
        return new EmbeddedFile(base, wait);
    }

    /** {@return the file H2 writes: the base name with {@code .mv.db}} */
    Path dataFile() {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    /** A database for a new store; fails if the file exists. */
    Database create() {
        if (Files.exists(dataFile())) {
            throw new RegistryStoreException("cannot create a store at " + shown()
                    + ": the file exists (open it, or choose another name)", null);
        }
        return database(false);
    }

    /**
     * The database of an existing store; fails if there is no file, or if the file, opened
     * read-only, is damaged or holds no store.
     */
    Database open() {
        if (!Files.exists(dataFile())) {
            throw new RegistryStoreException("no store at " + shown() + ": the file does not exist "
                    + "(create the store first)", null);
        }
        if (!Files.isRegularFile(dataFile())) {
            throw new RegistryStoreException("no store at " + shown() + ": it is not a regular file", null);
        }
        probe();
        return database(true);
    }

    private void probe() {
        OptionalInt version;
        try (Connection c = connect(url(true) + ";ACCESS_MODE_DATA=r")) {
            version = Journal.schemaVersion(c);
        } catch (SQLException e) {
            if (e.getErrorCode() == IN_USE) {
                throw inUse(e);
            }
            throw new RegistryStoreException(Journal.isMissingTable(e) ? notAStore("it holds no clustermeet tables")
                    : damaged(e), e);
        }
        if (version.isEmpty()) {
            throw new RegistryStoreException(notAStore("it records no schema version"), null);
        }
    }

    private Database database(boolean mustExist) {
        String url = url(mustExist);
        return new Database(() -> {
            try {
                return connect(url);
            } catch (SQLException e) {
                if (e.getErrorCode() == IN_USE) {
                    throw inUse(e);
                }
                throw e;
            }
        }, "the embedded database " + dataFile(), "SHUTDOWN COMPACT", WORTH_COMPACTING);
    }

    /** WRITE_DELAY=0 writes each commit to the file before the commit returns. */
    private String url(boolean mustExist) {
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0" + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    /** Connects, waiting with growing pauses while another process holds the file's lock. */
    private Connection connect(String url) throws SQLException {
        long deadline = System.nanoTime() + wait.toNanos();
        long pause = 10;
        while (true) {
            try {
                return DriverManager.getConnection(url);
            } catch (SQLException e) {
                if (e.getErrorCode() != IN_USE || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(pause + ThreadLocalRandom.current().nextLong(pause));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for " + dataFile() + " to be closed by another "
                        + "process", "57014", e);
            }
            pause = Math.min(pause * 2, 250);
        }
    }

    private RegistryStoreException inUse(SQLException e) {
        return new RegistryStoreException("the embedded database " + shown() + " is in use by another process, "
                + "which did not close it within " + (wait.toMillis() % 1000 == 0 ? wait.toSeconds() + " s"
                : wait.toMillis() + " ms") + ": try again when it has finished, or "
                + "share the store through PostgreSQL", e);
    }

    private String damaged(SQLException e) {
        return "the file " + shown() + " is damaged or is not an H2 database, so it was not opened for writing: "
                + Journal.describe(e);
    }

    private String notAStore(String why) {
        return "the file " + shown() + " holds no clustermeet store (" + why
                + "): it is damaged or another program's database, so it was not opened for writing";
    }

    /** One of H2's figures of its file, as a number. */
    private static String setting(String name) {
        return "(SELECT CAST(SETTING_VALUE AS BIGINT) FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info."
                + name + "')";
    }

    private String shown() {
        return Echo.inert(dataFile().toString());
    }
}
