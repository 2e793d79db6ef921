package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.ORG;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.file.Path;

import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A journal or snapshot changed behind the store's back is refused on opening, with the change's
 * sequence number and the word "tampered", and never loaded: on H2 and on PostgreSQL.
 */
class TamperTest {

    @TempDir
    Path folder;

    /** A store with a snapshot at change 0 and rows 1 to 3. */
    private static TestDatabase threeChanges(TestDatabase db) {
        try (RegistryStore store = db.create(StoreFixtures.registry(3, 2), JANUARY)) {
            for (int p = 0; p < 3; p++) {
                store.registerNow(EVENT, person(p), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON,
                        StoreFixtures.ACTOR);
            }
        }
        return db;
    }

    private static void assertTampered(TestDatabase db, long sequence, String what) {
        assertThatThrownBy(() -> db.open(JANUARY))
                .isInstanceOfSatisfying(RegistryStoreException.class, e -> assertThat(e.sequence()).hasValue(sequence))
                .hasMessageContaining("was tampered with at change " + sequence + ": ")
                .hasMessageContaining(what)
                .hasMessageEndingWith("; it is not loaded");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theLastRowDeletedIsNoticed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = threeChanges(TestDatabase.fresh(kind, folder))) {
            db.execute("DELETE FROM clustermeet_journal WHERE seq = 3");
            assertTampered(db, 3, "the journal ends at change 2 but recorded change 3 as its latest");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theFirstRowDeletedIsNoticed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = threeChanges(TestDatabase.fresh(kind, folder))) {
            db.execute("DELETE FROM clustermeet_journal WHERE seq = 1");
            assertTampered(db, 1, "change 1 is missing");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRowEditedByHandIsNoticed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = threeChanges(TestDatabase.fresh(kind, folder))) {
            db.execute("UPDATE clustermeet_journal SET change_json = REPLACE(change_json, '\"p1\"', '\"p2\"') "
                    + "WHERE seq = 2");
            assertTampered(db, 2, "journal row 2 (register) does not follow the change before it");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anActorEditedByHandIsNoticed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = threeChanges(TestDatabase.fresh(kind, folder))) {
            db.execute("UPDATE clustermeet_journal SET actor = 'somebody-else' WHERE seq = 1");
            assertTampered(db, 1, "journal row 1 (register) does not follow the change before it");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void rowsReorderedAreNoticed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = threeChanges(TestDatabase.fresh(kind, folder))) {
            db.execute("UPDATE clustermeet_journal SET seq = 100 WHERE seq = 1");
            db.execute("UPDATE clustermeet_journal SET seq = 1 WHERE seq = 2");
            db.execute("UPDATE clustermeet_journal SET seq = 2 WHERE seq = 100");
            assertTampered(db, 1, "journal row 1 (register) does not follow the change before it");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSnapshotEditedByHandIsNoticed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = threeChanges(TestDatabase.fresh(kind, folder))) {
            db.execute("UPDATE clustermeet_snapshot SET document = REPLACE(document, '\"capacity\":2', "
                    + "'\"capacity\":200')");
            assertTampered(db, 0, "the snapshot at change 0 does not match its checksum");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSnapshotEditedSoThatItNoLongerReadsIsNoticedAsEdited(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = threeChanges(TestDatabase.fresh(kind, folder))) {
            db.execute("UPDATE clustermeet_snapshot SET document = REPLACE(document, '\"capacity\":2', "
                    + "'\"capacity\":\"two\"')");
            assertTampered(db, 0, "the snapshot at change 0 does not match its checksum");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCompactedSnapshotEditedByHandIsNoticed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = threeChanges(TestDatabase.fresh(kind, folder))) {
            try (RegistryStore store = db.open(JANUARY)) {
                store.compact();
            }
            db.execute("UPDATE clustermeet_snapshot SET document = REPLACE(document, '\"p1\"', '\"p2\"')");
            assertTampered(db, 3, "the snapshot at change 3 does not match its checksum");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theRecordOfTheLatestChangeDeletedIsNoticed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = threeChanges(TestDatabase.fresh(kind, folder))) {
            db.execute("DELETE FROM clustermeet_head");
            assertTampered(db, 0, "the record of its latest change is gone");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anUntouchedStoreOpens(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = threeChanges(TestDatabase.fresh(kind, folder));
             RegistryStore store = db.open(JANUARY)) {
            assertThat(store.sequence()).isEqualTo(3);
        }
    }
}
