package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.ORG;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A registration's history is read from the journal rows that name it, which the store keeps
 * track of: it says what the whole journal says of the registration, also for rows another store
 * appended, and a row edited by hand is still noticed.
 */
class RegistrationHistoryTest {

    private static final Actor DESK = Actor.of("front-desk");
    private static final int PEOPLE = 12;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void everyRegistrationsHistoryIsWhatTheWholeJournalSaysOfIt(TestDatabase.Kind kind) throws Exception {
        Random random = new Random(7);
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.create(StoreFixtures.registry(PEOPLE, 4), JANUARY)) {
                for (int step = 0; step < 80; step++) {
                    change(store, random);
                    if (step % 20 == 10) {
                        // asked in the middle: later rows are added to what the store keeps
                        assertSameAsWholeJournal(store);
                    }
                }
                assertSameAsWholeJournal(store);
            }
            try (RegistryStore reopened = db.open(JANUARY)) {
                assertSameAsWholeJournal(reopened);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRegistrationAnotherStoreMadeHasItsHistory(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(2, 1), JANUARY).close();
            try (RegistryStore a = RegistryStore.open(db.dataSource(), JANUARY);
                 RegistryStore b = RegistryStore.open(db.dataSource(), JANUARY)) {
                assertThat(a.history(RegistrationId.of("r-1"))).isEmpty();

                b.registerNow(EVENT, person(0), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, DESK);
                b.registerNow(EVENT, person(1), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, DESK);
                b.cancel(RegistrationId.of("r-1"), DESK);

                assertThat(a.history(RegistrationId.of("r-2"))).extracting(e -> e.happening().describe())
                        .containsExactly("r-2 waitlisted (position 1)", "r-2 promoted (after r-1 was cancelled)");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRowOfTheRegistrationEditedByHandWhileTheStoreIsOpenIsNoticed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.openWithRegistrations(2, DESK)) {
                assertThat(store.history(RegistrationId.of("r-2"))).hasSize(1);

                db.execute("UPDATE clustermeet_journal SET actor = 'somebody-else' WHERE seq = 2");

                assertThatThrownBy(() -> store.history(RegistrationId.of("r-2")))
                        .isInstanceOf(RegistryStoreException.class)
                        .hasMessageContaining("was tampered with at change 2: journal row 2 does not follow the change "
                                + "before it");
                assertThat(store.history(RegistrationId.of("r-1"))).hasSize(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRowDeletedBeforeTheRegistrationsRowIsNoticed(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.openWithRegistrations(3, DESK)) {
                assertThat(store.history(RegistrationId.of("r-3"))).hasSize(1);

                db.execute("DELETE FROM clustermeet_journal WHERE seq = 2");

                assertThatThrownBy(() -> store.history(RegistrationId.of("r-3")))
                        .isInstanceOf(RegistryStoreException.class)
                        .hasMessageContaining("was tampered with at change 2: change 2 is missing from the history");
            }
        }
    }

    @Test
    void aRowEditedByHandWhereTheJournalIsReadInTwoPartsIsNoticed() throws Exception {
        // the store keeps what it knows of the journal from reads of 4,096 rows at a time
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder)) {
            db.openWithRegistrations(4_100, DESK).close();
            try (RegistryStore store = RegistryStore.open(db.dataSource(), JANUARY)) {
                db.execute("UPDATE clustermeet_journal SET actor = 'somebody-else' WHERE seq = 4097");

                assertThatThrownBy(() -> store.history(RegistrationId.of("r-1")))
                        .isInstanceOf(RegistryStoreException.class)
                        .hasMessageContaining("was tampered with at change 4097: journal row 4097 does not follow the "
                                + "change before it");
            }
        }
    }

    /** Registers someone, cancels a registration or marks one attended, at random. */
    private static void change(RegistryStore store, Random random) {
        List<Registration> active = store.registry().registrationsFor(EVENT).stream()
                .filter(r -> r.state() == RegistrationState.REGISTERED || r.state() == RegistrationState.WAITLISTED)
                .toList();
        int what = random.nextInt(3);
        if (what == 0 || active.isEmpty()) {
            store.registerNow(EVENT, person(random.nextInt(PEOPLE)), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON,
                    DESK);
        } else if (what == 1) {
            store.cancel(active.get(random.nextInt(active.size())).id(), DESK);
        } else {
            try {
                store.markAttended(active.get(random.nextInt(active.size())).id(), DESK);
            } catch (IllegalArgumentException refused) {
                // a waiting registration cannot be marked attended: nothing is recorded
            }
        }
    }

    private static void assertSameAsWholeJournal(RegistryStore store) {
        List<HistoryEntry> whole = store.history(EVENT);
        List<Registration> registrations = store.registry().registrationsFor(EVENT);
        assertThat(registrations).isNotEmpty();
        for (Registration r : registrations) {
            assertThat(store.history(r.id())).as(r.id().value())
                    .isNotEmpty()
                    .isEqualTo(whole.stream().filter(e -> e.happening().registration().equals(Optional.of(r.id())))
                            .toList());
        }
    }
}
