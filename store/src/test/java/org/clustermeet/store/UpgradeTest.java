package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.json.RegistryJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by clustermeet-store's first schema version opens, is upgraded once, and keeps
 * working. The fixture {@code schema-1/store.mv.db} was written by the store as it was before rows
 * carried formats, actors and checksums (illustrative data: an association, four people and a
 * workshop with two places; three registrations, a compaction at change 3, then a fourth
 * registration, a cancellation promoting the first waiting, an attendance and an edit), and
 * {@code schema-1/registry.json} is what that store dumped.
 */
class UpgradeTest {

    private static final Clock LATER = Clock.fixed(Instant.parse("2030-01-11T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private Path file;

    @BeforeEach
    void copyFixture() throws IOException {
        file = folder.resolve("store.mv.db");
        try (InputStream in = UpgradeTest.class.getResourceAsStream("schema-1/store.mv.db")) {
            assertThat(in).as("the fixture store").isNotNull();
            Files.copy(in, file);
        }
    }

    private static Registry expected() throws Exception {
        try (InputStream in = UpgradeTest.class.getResourceAsStream("schema-1/registry.json")) {
            return RegistryJson.defaults().read(in);
        }
    }

    private int schemaVersion() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version FROM clustermeet_schema")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    void theFirstSchemaVersionOpensToTheRegistryItHeld() throws Exception {
        assertThat(schemaVersion()).isEqualTo(1);
        try (RegistryStore store = RegistryStore.openEmbedded(file, LATER)) {
            assertThat(store.registry()).isEqualTo(expected());
            assertThat(store.sequence()).isEqualTo(7);
        }
        assertThat(schemaVersion()).isEqualTo(2);
    }

    private String documentType() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS "
                     + "WHERE TABLE_NAME = 'CLUSTERMEET_SNAPSHOT' AND COLUMN_NAME = 'DOCUMENT'")) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    void anEmbeddedStoreKeepsItsSnapshotsOutOfItsTablesPagesOnceOpened() throws Exception {
        assertThat(documentType()).as("as an earlier version wrote it").isEqualTo("CHARACTER VARYING");
        try (RegistryStore store = RegistryStore.openEmbedded(file, LATER)) {
            assertThat(store.registry()).isEqualTo(expected());
        }
        assertThat(documentType()).isEqualTo("CHARACTER LARGE OBJECT");
        try (RegistryStore reopened = RegistryStore.openEmbedded(file, LATER)) {
            assertThat(reopened.registry()).isEqualTo(expected());
            reopened.compact();
        }
        try (RegistryStore compacted = RegistryStore.openEmbedded(file, LATER)) {
            assertThat(compacted.registry()).isEqualTo(expected());
        }
        Files.delete(file);
        try (RegistryStore created = RegistryStore.createEmbedded(file, expected(), LATER)) {
            assertThat(created.sequence()).isZero();
        }
        assertThat(documentType()).as("a new store").isEqualTo("CHARACTER LARGE OBJECT");
    }

    @Test
    void anUpgradedStoreTakesNewChangesAndOpensAgain() throws Exception {
        Registry after;
        try (RegistryStore store = RegistryStore.openEmbedded(file, LATER)) {
            assertThat(store.cancel(RegistrationId.of("r-3"), Actor.CLI).promoted())
                    .hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(RegistrationId.of("r-4")));
            RegistrationOutcome again = store.registerNow(EventId.of("illustrative-workshop"), PersonId.of("anna"),
                    OrganisationId.of("illustrative-association"), EventRole.OBSERVER, AttendanceMode.IN_PERSON,
                    Actor.CLI).outcome();
            assertThat(again).isInstanceOfSatisfying(RegistrationOutcome.Waitlisted.class,
                    w -> assertThat(w.registration().id()).isEqualTo(RegistrationId.of("r-9")));
            after = store.registry();
        }
        try (RegistryStore reopened = RegistryStore.openEmbedded(file, LATER)) {
            assertThat(reopened.registry()).isEqualTo(after);
            assertThat(reopened.sequence()).isEqualTo(9);
        }
    }

    @Test
    void theFirstSchemaVersionOnPostgresqlIsUpgradedToo() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.POSTGRESQL, folder)) {
            // the tables as the first schema version made them, holding the fixture's rows
            db.execute("CREATE TABLE clustermeet_schema (component VARCHAR(64) NOT NULL PRIMARY KEY, "
                    + "version INTEGER NOT NULL)");
            db.execute("CREATE TABLE clustermeet_snapshot (seq BIGINT NOT NULL PRIMARY KEY, "
                    + "taken_at TIMESTAMP WITH TIME ZONE NOT NULL, document TEXT NOT NULL)");
            db.execute("CREATE TABLE clustermeet_journal (seq BIGINT NOT NULL PRIMARY KEY, "
                    + "recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, kind VARCHAR(32) NOT NULL, "
                    + "change_json TEXT NOT NULL)");
            String h2 = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + ";IFEXISTS=TRUE";
            try (Connection from = DriverManager.getConnection(h2); Connection to = db.dataSource().getConnection()) {
                copy(from, to, "clustermeet_schema", "component, version");
                copy(from, to, "clustermeet_snapshot", "seq, taken_at, document");
                copy(from, to, "clustermeet_journal", "seq, recorded_at, kind, change_json");
            }
            try (RegistryStore store = db.open(LATER)) {
                assertThat(store.registry()).isEqualTo(expected());
                assertThat(store.sequence()).isEqualTo(7);
                store.cancel(RegistrationId.of("r-3"), Actor.CLI);
            }
            try (RegistryStore reopened = db.open(LATER)) {
                assertThat(reopened.sequence()).isEqualTo(8);
                assertThat(reopened.history(RegistrationId.of("r-4"))).extracting(e -> e.happening().kind())
                        .containsExactly(Happening.Kind.WAITLISTED, Happening.Kind.PROMOTED);
            }
            assertThat(db.count("SELECT version FROM clustermeet_schema")).isEqualTo(2);
        }
    }

    private static void copy(Connection from, Connection to, String table, String columns) throws Exception {
        int n = columns.split(",").length;
        try (Statement read = from.createStatement();
             ResultSet rows = read.executeQuery("SELECT " + columns + " FROM " + table);
             PreparedStatement write = to.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES ("
                     + "?, ".repeat(n - 1) + "?)")) {
            while (rows.next()) {
                for (int i = 1; i <= n; i++) {
                    write.setObject(i, rows.getObject(i));
                }
                write.executeUpdate();
            }
        }
    }

    @Test
    void rowsOfTheFirstFormatTellTheirHistoryFromTheStatesTheyPut() throws Exception {
        try (RegistryStore store = RegistryStore.openEmbedded(file, LATER)) {
            assertThat(store.history(RegistrationId.of("r-3"))).extracting(e -> e.happening().kind())
                    .containsExactly(Happening.Kind.PROMOTED);
            assertThat(store.history(RegistrationId.of("r-4"))).singleElement()
                    .satisfies(e -> {
                        assertThat(e.sequence()).isEqualTo(4);
                        assertThat(e.actor()).isEmpty();
                        assertThat(e.describe()).isEqualTo("2030-01-10 09:00 UTC r-4 waitlisted");
                    });
        }
    }
}
