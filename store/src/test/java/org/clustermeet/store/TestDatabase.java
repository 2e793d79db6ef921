package org.clustermeet.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.store.internal.Journal;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database for one test: an H2 file in a temporary folder, or a new schema in the
 * PostgreSQL database {@code test} on 127.0.0.1:5432 (user {@code postgres}). Where no PostgreSQL
 * server answers, PostgreSQL tests are skipped with a message, unless the environment variable
 * {@value #REQUIRE_POSTGRES} is {@code true} (as {@code .ci/run} sets it): then they fail.
 */
final class TestDatabase implements AutoCloseable {

    /** Set to {@code true} where PostgreSQL must be there, so that its tests can never silently skip. */
    static final String REQUIRE_POSTGRES = "CLUSTERMEET_REQUIRE_POSTGRES";

    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private static final AtomicLong SCHEMAS = new AtomicLong();

    /** The two databases every store test runs on. */
    enum Kind {
        H2, POSTGRESQL
    }

    private final Kind kind;
    private final Path h2File;
    private final String schema;

    private TestDatabase(Kind kind, Path h2File, String schema) {
        this.kind = kind;
        this.h2File = h2File;
        this.schema = schema;
    }

    /** Makes a fresh database of a kind; for H2 a file in a folder. */
    static TestDatabase fresh(Kind kind, Path folder) {
        if (kind == Kind.H2) {
            return new TestDatabase(kind, folder.resolve("store"), null);
        }
        requirePostgres();
        String schema = "cm_test_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet() + "_"
                + Long.toString(System.nanoTime() & 0xffffff, 36);
        try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", null);
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + ": " + e.getMessage(), e);
        }
        return new TestDatabase(kind, null, schema);
    }

    /** Skips the calling test (or fails it, where PostgreSQL is required) when no server answers. */
    static void requirePostgres() {
        String problem = PostgresCheck.PROBLEM;
        if (problem == null) {
            return;
        }
        String message = "PostgreSQL does not answer at " + POSTGRES_URL + " (" + problem + ")";
        if (Boolean.parseBoolean(System.getenv(REQUIRE_POSTGRES))) {
            Assertions.fail(message + ", and " + REQUIRE_POSTGRES + "=true says it must");
        }
        Assumptions.abort(message + ": PostgreSQL test skipped (set " + REQUIRE_POSTGRES
                + "=true to make it fail instead)");
    }

    /** Checked once per JVM. */
    private static final class PostgresCheck {
        static final String PROBLEM = check();

        private static String check() {
            DriverManager.setLoginTimeout(3);
            try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", null)) {
                return c.isValid(3) ? null : "the connection is not valid";
            } catch (SQLException e) {
                return e.getMessage();
            }
        }
    }

    Kind kind() {
        return kind;
    }

    /** Where the database is, for a child JVM: the H2 file, or the PostgreSQL schema. */
    String location() {
        return kind == Kind.H2 ? "h2:" + h2File : "postgresql:" + schema;
    }

    /**
     * Where the database is, for several processes at once: for H2 the file in its automatic
     * server mode (the first process to open it serves the others over TCP).
     */
    String sharedLocation() {
        return kind == Kind.H2 ? "h2server:" + h2File : location();
    }

    /** Opens the database a child JVM was given by {@link #location()} or {@link #sharedLocation()}. */
    static RegistryStore openLocation(String location, Clock clock) {
        if (location.startsWith("h2:")) {
            return RegistryStore.openEmbedded(Path.of(location.substring(3)), clock);
        }
        if (location.startsWith("h2server:")) {
            return RegistryStore.open(urlDataSource("jdbc:h2:file:" + Path.of(location.substring(9)).toAbsolutePath()
                    + ";AUTO_SERVER=TRUE;WRITE_DELAY=0"), clock);
        }
        return RegistryStore.open(postgres(location.substring("postgresql:".length())), clock);
    }

    /** A data source on this database. */
    DataSource dataSource() {
        return kind == Kind.H2 ? urlDataSource("jdbc:h2:file:" + h2File.toAbsolutePath() + ";WRITE_DELAY=0")
                : postgres(schema);
    }

    private static DataSource postgres(String schema) {
        return urlDataSource(POSTGRES_URL + "?user=postgres&currentSchema=" + schema);
    }

    /** A data source on the driver manager, as a connection pool would be to the store. */
    static DataSource urlDataSource(String url) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> DriverManager.getConnection(url);
                    case "toString" -> "UrlDataSource[" + url + "]";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Creates a store: H2 through the embedded entry point, PostgreSQL through a data source. */
    RegistryStore create(Registry initial, Clock clock) {
        return kind == Kind.H2 ? RegistryStore.createEmbedded(h2File, initial, clock)
                : RegistryStore.create(dataSource(), initial, clock);
    }

    /** Opens the store as {@link #create} made it. */
    RegistryStore open(Clock clock) {
        return kind == Kind.H2 ? RegistryStore.openEmbedded(h2File, clock) : RegistryStore.open(dataSource(), clock);
    }

    /**
     * Creates a store with places for everyone, opens it on the database's URL (so that the test
     * can edit rows while it is open) and registers each person as an observer, r-1 first.
     */
    RegistryStore openWithRegistrations(int people, org.clustermeet.core.workflow.Actor actor) {
        create(StoreFixtures.registry(people, people), StoreFixtures.JANUARY).close();
        RegistryStore store = RegistryStore.open(dataSource(), StoreFixtures.JANUARY);
        for (int i = 0; i < people; i++) {
            store.registerNow(StoreFixtures.EVENT, StoreFixtures.person(i), StoreFixtures.ORG,
                    org.clustermeet.core.participation.EventRole.OBSERVER,
                    org.clustermeet.core.participation.AttendanceMode.IN_PERSON, actor);
        }
        return store;
    }

    /** Runs SQL on the database directly (with no store open on it, for H2). */
    void execute(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /**
     * Replaces a journal row's JSON and seals it and the rows after it into the checksum chain
     * again, as a store with a bug in its writer would have: the chain holds, the row is wrong.
     */
    void rewriteSealed(long sequence, String json) throws SQLException {
        try (Connection c = dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (var p = c.prepareStatement("UPDATE clustermeet_journal SET change_json = ? WHERE seq = ?")) {
                p.setString(1, json);
                p.setLong(2, sequence);
                p.executeUpdate();
            }
            seal(c, sequence);
            c.commit();
        }
    }

    /** Seals a row and the rows after it into the checksum chain again, after they were changed by SQL. */
    void reseal(long sequence) throws SQLException {
        try (Connection c = dataSource().getConnection()) {
            c.setAutoCommit(false);
            seal(c, sequence);
            c.commit();
        }
    }

    private static void seal(Connection c, long sequence) throws SQLException {
        Journal.Snapshot snapshot = Journal.latestSnapshot(c).orElseThrow();
        String chain = sequence - 1 == snapshot.sequence() ? snapshot.chain()
                : Journal.checksumAt(c, sequence - 1).orElseThrow();
        long last = sequence - 1;
        for (Journal.Row row : Journal.rowsAfter(c, sequence - 1)) {
            chain = row.expectedChecksum(chain);
            Journal.sealRow(c, row.sequence(), chain);
            last = row.sequence();
        }
        Journal.recordHead(c, new Journal.Head(last, chain));
    }

    /**
     * Every byte the database holds, as someone with its files would read them: for H2 its file
     * (with no store open on it), for PostgreSQL a {@code pg_dump} of the test's schema.
     */
    byte[] bytes() throws IOException, InterruptedException {
        if (kind == Kind.H2) {
            return Files.readAllBytes(h2File.resolveSibling(h2File.getFileName() + ".mv.db"));
        }
        Process dump = new ProcessBuilder("pg_dump", "--host=127.0.0.1", "--username=postgres", "--schema=" + schema,
                "test").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] bytes = dump.getInputStream().readAllBytes();
        if (dump.waitFor() != 0) {
            throw new IOException("pg_dump of schema " + schema + " failed with exit code " + dump.exitValue());
        }
        return bytes;
    }

    /**
     * What the database holds, uncompressed: for H2 a copy of its file whose live data is rewritten by
     * H2's own tool without compression (closing after an erasure compacts the file with
     * compression, in which no text can be searched), for PostgreSQL the {@link #bytes()}.
     */
    byte[] liveBytes() throws Exception {
        if (kind == Kind.POSTGRESQL) {
            return bytes();
        }
        Path file = h2File.resolveSibling(h2File.getFileName() + ".mv.db");
        Path copy = h2File.resolveSibling(h2File.getFileName() + "-uncompressed.mv.db");
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Class.forName("org.h2.mvstore.MVStoreTool").getMethod("compact", String.class, boolean.class)
                .invoke(null, copy.toString(), false);
        try {
            return Files.readAllBytes(copy);
        } finally {
            Files.delete(copy);
        }
    }

    /** Returns the number from a one-number query. */
    long count(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * A data source on this database whose connections, once {@code failNextCommit} is set, lose
     * their connection at the next commit: the real connection is closed, then the commit is made.
     */
    DataSource failingAtCommit(AtomicBoolean failNextCommit) {
        return wrappingConnections(dataSource(), c -> aroundCommits(c, real -> {
            if (failNextCommit.getAndSet(false)) {
                real.close();
            }
        }, real -> {
        }));
    }

    /** What a connection does before or after it commits: wait, count, or close itself to make the commit fail. */
    @FunctionalInterface
    interface CommitHook {
        void atCommit(Connection real) throws Exception;
    }

    /** A data source on this database whose connections run a hook before every commit. */
    DataSource beforeCommit(CommitHook hook) {
        return beforeCommit(dataSource(), hook);
    }

    /** A data source on another whose connections run a hook before every commit. */
    static DataSource beforeCommit(DataSource real, CommitHook hook) {
        return wrappingConnections(real, c -> aroundCommits(c, hook, done -> {
        }));
    }

    /**
     * A connection that runs hooks around each of its commits: a call of {@code commit}, or a
     * statement executed in auto-commit mode, which commits as it completes.
     */
    private static Connection aroundCommits(Connection real, CommitHook before, CommitHook after) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("commit")) {
                        before.atCommit(real);
                        Object result = invoke(real, method, args);
                        after.atCommit(real);
                        return result;
                    }
                    Object result = invoke(real, method, args);
                    if (!(result instanceof Statement statement)) {
                        return result;
                    }
                    Class<?> type = statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class
                            : Statement.class;
                    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
                        if (!m.getName().startsWith("execute") || !real.getAutoCommit()) {
                            return invoke(statement, m, a);
                        }
                        before.atCommit(real);
                        Object executed = invoke(statement, m, a);
                        after.atCommit(real);
                        return executed;
                    });
                });
    }

    /** A data source on another whose connections are wrapped as they are opened. */
    private static DataSource wrappingConnections(DataSource real, java.util.function.UnaryOperator<Connection> wrap) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    return method.getName().equals("getConnection") ? wrap.apply((Connection) result) : result;
                });
    }

    /**
     * A data source on this database whose connections add, at every commit, how many statements
     * the transaction sent to the database (each execution or batch of a statement: a round trip
     * to a server) to {@code perCommit}; a statement executed in auto-commit mode is a
     * transaction of its own.
     */
    DataSource countingRoundTrips(java.util.List<Integer> perCommit) {
        return wrappingConnections(dataSource(), c -> {
            AtomicInteger sent = new AtomicInteger();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (p, m, a) -> {
                        switch (m.getName()) {
                            case "commit" -> perCommit.add(sent.getAndSet(0));
                            case "rollback" -> sent.set(0);
                            default -> {
                            }
                        }
                        Object r = invoke(c, m, a);
                        return r instanceof java.sql.PreparedStatement statement ? counting(statement, c, sent, perCommit)
                                : r;
                    });
        });
    }

    private static java.sql.PreparedStatement counting(java.sql.PreparedStatement real, Connection connection,
                                                       AtomicInteger sent, java.util.List<Integer> perCommit) {
        return (java.sql.PreparedStatement) Proxy.newProxyInstance(java.sql.PreparedStatement.class.getClassLoader(),
                new Class<?>[] {java.sql.PreparedStatement.class}, (proxy, method, args) -> {
                    if (!method.getName().startsWith("execute")) {
                        return invoke(real, method, args);
                    }
                    sent.incrementAndGet();
                    Object result = invoke(real, method, args);
                    if (connection.getAutoCommit()) {
                        perCommit.add(sent.getAndSet(0));
                    }
                    return result;
                });
    }

    /**
     * A data source on this database whose connections add what they send to {@code calls}, in
     * order: {@code commit} and {@code rollback}, and each statement's execution, as
     * {@code execute} or, in auto-commit mode, {@code execute, committing}.
     */
    DataSource recordingCalls(java.util.List<String> calls) {
        return wrappingConnections(dataSource(), c -> (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                    if (m.getName().equals("commit") || m.getName().equals("rollback")) {
                        calls.add(m.getName());
                    }
                    Object result = invoke(c, m, a);
                    if (!(result instanceof java.sql.PreparedStatement statement)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(java.sql.PreparedStatement.class.getClassLoader(),
                            new Class<?>[] {java.sql.PreparedStatement.class}, (sp, sm, sa) -> {
                                if (sm.getName().startsWith("execute")) {
                                    calls.add(c.getAutoCommit() ? "execute, committing" : "execute");
                                }
                                return invoke(statement, sm, sa);
                            });
                }));
    }

    /** What a statement does before it runs: wait, or count. */
    @FunctionalInterface
    interface QueryHook {
        void beforeRunning(String sql) throws Exception;
    }

    /** A data source on this database whose prepared statements run a hook, given their SQL, before they run. */
    DataSource beforeStatements(QueryHook hook) {
        return wrappingConnections(dataSource(), c -> (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                    Object result = invoke(c, m, a);
                    if (!(result instanceof java.sql.PreparedStatement statement)) {
                        return result;
                    }
                    String sql = (String) a[0];
                    return Proxy.newProxyInstance(java.sql.PreparedStatement.class.getClassLoader(),
                            new Class<?>[] {java.sql.PreparedStatement.class}, (sp, sm, sa) -> {
                                if (sm.getName().startsWith("execute")) {
                                    hook.beforeRunning(sql);
                                }
                                return invoke(statement, sm, sa);
                            });
                }));
    }

    /**
     * A data source on this database whose connections, once {@code loseNext} is set, lose their
     * connection when next asked to enter auto-commit mode: the real connection is closed, and the
     * call fails as a lost connection does.
     */
    DataSource losingAtAutoCommit(AtomicBoolean loseNext) {
        return wrappingConnections(dataSource(), c -> (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                    if (m.getName().equals("setAutoCommit") && Boolean.TRUE.equals(a[0]) && loseNext.getAndSet(false)) {
                        c.close();
                        throw new SQLException("connection lost", "08006");
                    }
                    return invoke(c, m, a);
                }));
    }

    /** A data source on this database that adds every connection it opens to {@code opened}. */
    DataSource recordingConnections(java.util.List<Connection> opened) {
        DataSource real = dataSource();
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (method.getName().equals("getConnection")) {
                        opened.add((Connection) result);
                    }
                    return result;
                });
    }

    /**
     * A data source on this database whose connections, once {@code loseNextCommit} is set, commit
     * and then lose their connection before the commit is acknowledged: the change is in the
     * database, and the store is told that the commit failed.
     */
    DataSource losingAfterCommit(AtomicBoolean loseNextCommit) {
        return wrappingConnections(dataSource(), c -> aroundCommits(c, real -> {
        }, real -> {
            if (loseNextCommit.getAndSet(false)) {
                real.close();
                throw new SQLException("connection lost after the commit", "08006");
            }
        }));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws SQLException {
        if (kind == Kind.POSTGRESQL) {
            try (Connection c = DriverManager.getConnection(POSTGRES_URL, "postgres", null);
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
