package org.clustermeet.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.store.RegistryStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Durable registrations per second through a {@link RegistryStore} (each answered after the
 * transaction holding it has committed; the changes that arrive while a commit is in flight share
 * the next one), with 1, 4 and 16 threads, on the embedded H2 file and on
 * PostgreSQL at 127.0.0.1:5432; and beside them the database's limit on this machine: one row of
 * the same size inserted and committed per transaction, each thread on its own connection. Every
 * iteration starts from a new store holding {@link StoreWorkload#registry()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class StoreBenchmark {

    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final AtomicLong SCHEMAS = new AtomicLong();

    /** The database: the embedded H2 file, or PostgreSQL. */
    @Param({"h2", "postgresql"})
    public String db;

    private Registry registry;
    private OrganisationId organisation;
    private Path folder;
    private String jdbcUrl;
    private String schema;
    private RegistryStore store;
    private final AtomicInteger people = new AtomicInteger();
    private final AtomicLong rows = new AtomicLong();
    /** A row as large as a registration's journal row. */
    private String payload;

    /** Builds the registry once. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        registry = StoreWorkload.registry();
        organisation = StoreWorkload.organisation(registry);
        folder = Files.createTempDirectory("clustermeet-store-benchmark");
    }

    /** A new database, store and limit table for every iteration. */
    @Setup(Level.Iteration)
    public void newStore() throws SQLException {
        people.set(0);
        rows.set(0);
        String name = "bench_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        if (db.equals("h2")) {
            Path file = folder.resolve(name);
            jdbcUrl = "jdbc:h2:file:" + file + ";WRITE_DELAY=0";
            store = RegistryStore.createEmbedded(file, registry, StoreWorkload.CLOCK);
        } else {
            schema = name;
            execute(POSTGRES, "CREATE SCHEMA " + schema);
            jdbcUrl = POSTGRES + "&currentSchema=" + schema;
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(jdbcUrl);
            store = RegistryStore.create(source, registry, StoreWorkload.CLOCK);
        }
        execute(jdbcUrl, "CREATE TABLE bench_limit (seq BIGINT NOT NULL PRIMARY KEY, payload TEXT NOT NULL)");
        RegistrationOutcome sample = StoreWorkload.accepted(register());
        payload = "x".repeat(sample.toString().length());
    }

    /** Closes the store and drops the database. */
    @TearDown(Level.Iteration)
    public void dropStore() throws SQLException {
        store.close();
        if (schema != null) {
            execute(POSTGRES, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    /** Removes the H2 files. */
    @TearDown(Level.Trial)
    public void removeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private RegistrationOutcome register() {
        int i = StoreWorkload.next(people);
        return StoreWorkload.accepted(store.registerNow(StoreWorkload.workshop(i), StoreWorkload.person(i),
                organisation, EventRole.OBSERVER, StoreWorkload.inPerson(), StoreWorkload.ACTOR).outcome());
    }

    /** Each thread's own connection for the limit. */
    @State(Scope.Thread)
    public static class LimitConnection {
        Connection connection;
        PreparedStatement insert;

        /** Opens the thread's connection on the iteration's database. */
        @Setup(Level.Iteration)
        public void open(StoreBenchmark benchmark) throws SQLException {
            connection = DriverManager.getConnection(benchmark.jdbcUrl);
            connection.setAutoCommit(false);
            insert = connection.prepareStatement("INSERT INTO bench_limit (seq, payload) VALUES (?, ?)");
        }

        /** Closes it. */
        @TearDown(Level.Iteration)
        public void close() throws SQLException {
            connection.close();
        }
    }

    private long insertAndCommit(LimitConnection c) throws SQLException {
        long seq = rows.incrementAndGet();
        c.insert.setLong(1, seq);
        c.insert.setString(2, payload);
        c.insert.executeUpdate();
        c.connection.commit();
        return seq;
    }

    /** One thread registering through the store. */
    @Benchmark
    @Threads(1)
    public RegistrationOutcome storeOneThread() {
        return register();
    }

    /** Four threads registering through one store. */
    @Benchmark
    @Threads(4)
    public RegistrationOutcome storeFourThreads() {
        return register();
    }

    /** Sixteen threads registering through one store, as a busy registration server's. */
    @Benchmark
    @Threads(16)
    public RegistrationOutcome storeSixteenThreads() {
        return register();
    }

    /** The database's limit with one thread: a row inserted and committed per transaction. */
    @Benchmark
    @Threads(1)
    public long limitOneThread(LimitConnection c) throws SQLException {
        return insertAndCommit(c);
    }

    /** The database's limit with four threads, each on its own connection. */
    @Benchmark
    @Threads(4)
    public long limitFourThreads(LimitConnection c) throws SQLException {
        return insertAndCommit(c);
    }

    /** The database's limit with sixteen threads, each on its own connection. */
    @Benchmark
    @Threads(16)
    public long limitSixteenThreads(LimitConnection c) throws SQLException {
        return insertAndCommit(c);
    }
}
