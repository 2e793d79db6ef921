package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.ORG;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a store says when the database fails it, and that no partial change is left behind. */
class FaultTest {

    @TempDir
    Path folder;

    private static RegistrationOutcome register(RegistryStore store, int person) {
        return store.registerNow(EVENT, person(person), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON,
                StoreFixtures.ACTOR).outcome();
    }

    @Test
    void aPostgresqlServerThatDoesNotAnswerFailsTheOpenNamingTheDatabase() {
        var nowhere = TestDatabase.urlDataSource("jdbc:postgresql://127.0.0.1:1/test?user=postgres&connectTimeout=2");

        assertThatThrownBy(() -> RegistryStore.open(nowhere, JANUARY))
                .isInstanceOf(RegistryStoreException.class)
                .hasMessageStartingWith("cannot read the store in the database of ")
                .hasMessageContaining("Connection")
                .hasMessageContaining("SQLSTATE 08001");
    }

    @Test
    void anEmbeddedFileThatDoesNotExistFailsTheOpenNamingTheFile() {
        Path missing = folder.resolve("missing");

        assertThatThrownBy(() -> RegistryStore.openEmbedded(missing, JANUARY))
                .isInstanceOf(RegistryStoreException.class)
                .hasMessage("no store at " + folder.resolve("missing.mv.db").toAbsolutePath()
                        + ": the file does not exist (create the store first)");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDatabaseWithoutAStoreSaysSo(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            assertThatThrownBy(() -> RegistryStore.open(db.dataSource(), JANUARY))
                    .isInstanceOf(RegistryStoreException.class)
                    .hasMessageContaining("has no clustermeet tables (create the store first)");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void creatingASecondStoreInOneDatabaseIsRefused(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(1, 1), JANUARY).close();

            assertThatThrownBy(() -> RegistryStore.create(db.dataSource(), StoreFixtures.registry(2, 2), JANUARY))
                    .isInstanceOf(RegistryStoreException.class)
                    .hasMessageContaining("already holds one (schema version 2)");
            try (RegistryStore store = db.open(JANUARY)) {
                assertThat(store.registry()).isEqualTo(StoreFixtures.registry(1, 1));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aStoreWrittenByANewerVersionIsNotOpened(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(1, 1), JANUARY).close();
            db.execute("UPDATE clustermeet_schema SET version = 3");

            assertThatThrownBy(() -> db.open(JANUARY))
                    .isInstanceOf(RegistryStoreException.class)
                    .hasMessageContaining("was written by a newer version of clustermeet-store (schema version 3; "
                            + "this version reads 2)");
        }
    }

    @Test
    void onPostgresqlAConnectionLostBeforeAGroupsStatementIsToldAsNotMadeAndTheNextChangeWorks() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.POSTGRESQL, folder)) {
            db.create(StoreFixtures.registry(3, 3), JANUARY).close();
            AtomicBoolean loseNextAutoCommit = new AtomicBoolean();
            try (RegistryStore store = RegistryStore.open(db.losingAtAutoCommit(loseNextAutoCommit), JANUARY)) {
                register(store, 0);
                loseNextAutoCommit.set(true);

                assertThatThrownBy(() -> register(store, 1))
                        .isInstanceOf(RegistryStoreException.class)
                        .hasMessageContaining("could not record change 2 (register)")
                        .hasMessageEndingWith("the change was not made");

                assertThat(register(store, 2)).isInstanceOf(RegistrationOutcome.Accepted.class);
            }
            try (RegistryStore reopened = db.open(JANUARY)) {
                assertThat(reopened.registry().registrationsFor(EVENT)).extracting(r -> r.person())
                        .containsExactly(person(0), person(2));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aConnectionLostUnderAnAppendLeavesNoPartialChange(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(3, 3), JANUARY).close();
            AtomicBoolean failNextCommit = new AtomicBoolean();
            try (RegistryStore store = RegistryStore.open(db.failingAtCommit(failNextCommit), JANUARY)) {
                register(store, 0);
                failNextCommit.set(true);

                assertThatThrownBy(() -> register(store, 1))
                        .isInstanceOfSatisfying(RegistryStoreException.class,
                                e -> assertThat(e.sequence()).hasValue(2))
                        .hasMessageContaining("could not record change 2 (register)")
                        .hasMessageEndingWith("the change was not made");
                assertThat(store.sequence()).isEqualTo(1);
                assertThat(store.registry().registrationsFor(EVENT)).hasSize(1);

                assertThat(register(store, 2)).isInstanceOf(RegistrationOutcome.Accepted.class);
            }
            try (RegistryStore reopened = db.open(JANUARY)) {
                assertThat(reopened.registry().registrationsFor(EVENT)).extracting(r -> r.person())
                        .containsExactly(person(0), person(2));
                assertThat(reopened.registry().validate()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aJournalRowThatDoesNotParseIsNamedWithItsSequenceNumberAndPointer(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.create(StoreFixtures.registry(2, 2), JANUARY)) {
                register(store, 0);
                register(store, 1);
            }
            db.rewriteSealed(2, "{\"operations\":[{\"put\":\"registration\",\"value\":{\"id\":\"r-2\"}}]}");

            assertThatThrownBy(() -> db.open(JANUARY))
                    .isInstanceOfSatisfying(RegistryStoreException.class, e -> assertThat(e.sequence()).hasValue(2))
                    .hasMessageContaining("journal row 2 (register, recorded 2020-01-10T09:00:00Z)")
                    .hasMessageContaining("cannot be read: at /operations/0/value");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aJournalRowThatIsNotJsonIsNamed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.create(StoreFixtures.registry(1, 1), JANUARY)) {
                register(store, 0);
            }
            db.rewriteSealed(1, "{\"operations\":[");

            assertThatThrownBy(() -> db.open(JANUARY))
                    .isInstanceOf(RegistryStoreException.class)
                    .hasMessageContaining("journal row 1 (register")
                    .hasMessageContaining("cannot be read: not JSON");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aJournalRowThatBreaksARuleIsNamed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.create(StoreFixtures.registry(1, 1), JANUARY)) {
                register(store, 0);
            }
            db.rewriteSealed(1, "{\"operations\":[{\"remove\":\"organisation\",\"id\":\"nobody\"}]}");

            assertThatThrownBy(() -> db.open(JANUARY))
                    .isInstanceOf(RegistryStoreException.class)
                    .hasMessageContaining("journal row 1 (register")
                    .hasMessageContaining("does not apply to the state before it: no organisation with id nobody");
        }
    }

    @Test
    void aClosedStoreRefusesChanges() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder)) {
            RegistryStore store = db.create(StoreFixtures.registry(1, 1), JANUARY);
            store.close();

            assertThatThrownBy(() -> store.cancel(RegistrationId.of("r-1"), StoreFixtures.ACTOR))
                    .isInstanceOf(IllegalStateException.class).hasMessageEndingWith("is closed");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aClosedStoreRefusesEveryStepAndRead(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            RegistryStore store = db.create(StoreFixtures.registry(2, 1), JANUARY);
            store.close();

            assertThatThrownBy(store::refresh).isInstanceOf(IllegalStateException.class).hasMessageEndingWith(" is closed");
            assertThatThrownBy(store::compact).isInstanceOf(IllegalStateException.class).hasMessageEndingWith(" is closed");
            assertThatThrownBy(() -> store.history(EVENT)).isInstanceOf(IllegalStateException.class)
                    .hasMessageEndingWith(" is closed");
            assertThatThrownBy(() -> register(store, 0)).isInstanceOf(IllegalStateException.class)
                    .hasMessageEndingWith(" is closed");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aJournalRowInANewerFormatIsNotOpened(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.create(StoreFixtures.registry(2, 1), JANUARY)) {
                register(store, 0);
            }
            db.execute("UPDATE clustermeet_journal SET format = 99 WHERE seq = 1");
            db.reseal(1);

            assertThatThrownBy(() -> db.open(JANUARY))
                    .isInstanceOf(RegistryStoreException.class)
                    .hasMessageContaining("journal row 1 in ")
                    .hasMessageContaining("was written in format 99 by a newer version of clustermeet-store");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSnapshotInANewerFormatIsNotOpened(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(2, 1), JANUARY).close();
            db.execute("UPDATE clustermeet_snapshot SET format = 99");

            assertThatThrownBy(() -> db.open(JANUARY))
                    .isInstanceOf(RegistryStoreException.class)
                    .hasMessageContaining("the snapshot at change 0 in ")
                    .hasMessageContaining("was written in format 99 by a newer version of clustermeet-store");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anOpenOrCreateThatFailsLeavesNoConnectionOpen(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            java.util.List<java.sql.Connection> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
            javax.sql.DataSource counting = db.recordingConnections(opened);

            assertThatThrownBy(() -> RegistryStore.open(counting, JANUARY)).isInstanceOf(RegistryStoreException.class);
            RegistryStore.create(db.dataSource(), StoreFixtures.registry(1, 1), JANUARY).close();
            assertThatThrownBy(() -> RegistryStore.create(counting, StoreFixtures.registry(1, 1), JANUARY))
                    .isInstanceOf(RegistryStoreException.class);

            assertThat(opened).isNotEmpty().allSatisfy(c -> assertThat(c.isClosed()).isTrue());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aConnectionLostAfterTheCommitFindsTheChangeRecordedAndAnswersIt(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(3, 3), JANUARY).close();
            AtomicBoolean loseNextCommit = new AtomicBoolean();
            try (RegistryStore store = RegistryStore.open(db.losingAfterCommit(loseNextCommit), JANUARY)) {
                register(store, 0);
                loseNextCommit.set(true);

                assertThat(register(store, 1)).isInstanceOf(RegistrationOutcome.Accepted.class);
                assertThat(store.sequence()).isEqualTo(2);
                assertThat(register(store, 2)).isInstanceOf(RegistrationOutcome.Accepted.class);
            }
            try (RegistryStore reopened = db.open(JANUARY)) {
                assertThat(reopened.registry().registrationsFor(EVENT)).extracting(r -> r.person())
                        .containsExactly(person(0), person(1), person(2));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCompactionWhoseCommitFailsIsToldAndTheNextOneWorksOnAFreshConnection(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(3, 3), JANUARY).close();
            AtomicBoolean failNextCommit = new AtomicBoolean();
            try (RegistryStore store = RegistryStore.open(db.failingAtCommit(failNextCommit), JANUARY)) {
                register(store, 0);
                failNextCommit.set(true);

                assertThatThrownBy(store::compact).isInstanceOf(RegistryStoreException.class);
                assertThat(store.compact()).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aTamperedStoreThatIsNotOpenedLeavesNoConnectionOpen(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.create(StoreFixtures.registry(3, 3), JANUARY)) {
                register(store, 0);
                register(store, 1);
            }
            db.execute("DELETE FROM clustermeet_journal WHERE seq = 2");
            java.util.List<java.sql.Connection> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
            javax.sql.DataSource counting = db.recordingConnections(opened);

            assertThatThrownBy(() -> RegistryStore.open(counting, JANUARY)).isInstanceOf(RegistryStoreException.class)
                    .hasMessageContaining("tampered");
            assertThat(opened).isNotEmpty().allSatisfy(c -> assertThat(c.isClosed()).isTrue());
        }
    }
}
