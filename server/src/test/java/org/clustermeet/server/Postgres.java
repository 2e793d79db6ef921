package org.clustermeet.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh schema in the PostgreSQL database {@code test} on 127.0.0.1:5432 for one test. Where no
 * server answers the test is skipped with a message, unless {@code CLUSTERMEET_REQUIRE_POSTGRES}
 * is {@code true} (as {@code .ci/run} sets it): then it fails.
 */
final class Postgres {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final AtomicLong SCHEMAS = new AtomicLong();

    private Postgres() {
    }

    /** Creates a schema and returns a data source on it (and the URL a child process can use). */
    static String freshSchemaUrl() {
        String problem = problem();
        if (problem != null) {
            String message = "PostgreSQL does not answer at " + URL + " (" + problem + ")";
            if (Boolean.parseBoolean(System.getenv("CLUSTERMEET_REQUIRE_POSTGRES"))) {
                Assertions.fail(message + ", and CLUSTERMEET_REQUIRE_POSTGRES=true says it must");
            }
            Assumptions.abort(message + ": PostgreSQL test skipped");
        }
        String schema = "cm_server_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = DriverManager.getConnection(URL, "postgres", null); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + ": " + e.getMessage(), e);
        }
        return URL + "?user=postgres&currentSchema=" + schema;
    }

    static DataSource dataSource(String url) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        return source;
    }

    private static String problem() {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(URL, "postgres", null)) {
            return c.isValid(3) ? null : "the connection is not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }
}
