package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.ORG;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store answers what happened to a registration, a person and an event, by whom and when. */
class HistoryTest {

    private static final Actor DESK = Actor.of("front-desk");
    private static final Actor ORGANISER = Actor.of("organiser@example.org");

    @TempDir
    Path folder;

    /** A clock that the test moves forward. */
    private static final class MovingClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2020-01-10T09:00:00Z"));

        void set(String instant) {
            now.set(Instant.parse(instant));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRegistrationsHistorySaysWhatHappenedWhenAndByWhom(TestDatabase.Kind kind) throws Exception {
        MovingClock clock = new MovingClock();
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(StoreFixtures.registry(4, 1), clock)) {
            store.registerNow(EVENT, person(0), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, DESK);
            clock.set("2020-01-11T10:00:00Z");
            store.registerNow(EVENT, person(1), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, Actor.CLI);
            clock.set("2020-01-12T09:12:00Z");
            store.cancel(RegistrationId.of("r-1"), ORGANISER);
            clock.set("2020-02-01T08:30:00Z");
            store.markAttended(RegistrationId.of("r-2"), DESK);

            assertThat(store.history(RegistrationId.of("r-2"))).extracting(HistoryEntry::describe).containsExactly(
                    "2020-01-11 10:00 UTC r-2 waitlisted (position 1) by cli",
                    "2020-01-12 09:12 UTC r-2 promoted (after r-1 was cancelled) by organiser@example.org",
                    "2020-02-01 08:30 UTC r-2 attended by front-desk");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anEditThatPutsWhatIsHeldRecordsNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(StoreFixtures.registry(3, 1), StoreFixtures.JANUARY)) {
            long before = store.sequence();

            store.edit(e -> e.put(store.registry().person(person(2)).orElseThrow()), DESK);

            assertThat(store.sequence()).isEqualTo(before);
            assertThat(store.history(person(2))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aPersonsAndAnEventsHistoriesGatherTheirRegistrations(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(StoreFixtures.registry(3, 1), StoreFixtures.JANUARY)) {
            store.registerNow(EVENT, person(0), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, DESK);
            store.registerNow(EVENT, person(1), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, DESK);
            store.cancel(RegistrationId.of("r-1"), DESK);
            store.edit(e -> e.put(StoreFixtures.registry(3, 1).person(person(2)).orElseThrow()
                    .withEmail(org.clustermeet.core.value.EmailAddress.of("p2@example.org"))), DESK);
            store.cancelEvent(EVENT, ORGANISER);

            assertThat(store.history(person(0))).extracting(e -> e.happening().describe())
                    .containsExactly("r-1 registered", "r-1 cancelled");
            assertThat(store.history(person(2))).extracting(e -> e.happening().describe())
                    .containsExactly("edited (put person p2)");
            assertThat(store.history(EVENT)).extracting(e -> e.sequence() + " " + e.happening().describe())
                    .containsExactly("1 r-1 registered", "2 r-2 waitlisted (position 1)", "3 r-1 cancelled",
                            "3 r-2 promoted (after r-1 was cancelled)", "5 workshop event cancelled",
                            "5 r-2 cancelled by organiser");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRefusedPromotionKeepsItsReasons(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(StoreFixtures.registry(3, 1), StoreFixtures.JANUARY)) {
            store.registerNow(EVENT, person(0), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, DESK);
            store.registerNow(EVENT, person(1), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, DESK);
            // the waiting person leaves the association before the event
            store.edit(e -> e.put(Person.of(person(1), "Given", "Family 1")), DESK);
            store.cancel(RegistrationId.of("r-1"), DESK);

            assertThat(store.history(RegistrationId.of("r-2"))).extracting(e -> e.happening().describe())
                    .containsExactly("r-2 waitlisted (position 1)", "r-2 refused on promotion: Given Family 1 holds "
                            + "no role at Illustrative association on 2020-02-01 and so cannot represent it");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void historySurvivesCompaction(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.create(StoreFixtures.registry(2, 1), StoreFixtures.JANUARY)) {
                store.registerNow(EVENT, person(0), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, DESK);
                store.compact();
                store.cancel(RegistrationId.of("r-1"), DESK);
            }
            try (RegistryStore reopened = db.open(StoreFixtures.JANUARY)) {
                assertThat(reopened.history(RegistrationId.of("r-1"))).extracting(e -> e.happening().describe())
                        .containsExactly("r-1 registered", "r-1 cancelled");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void readingAPersonsHistoryDoesNotKeepRegistrationsWaiting(TestDatabase.Kind kind) throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        AtomicBoolean pauseNextRead = new AtomicBoolean();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(2, 2), StoreFixtures.JANUARY).close();
            try (RegistryStore store = RegistryStore.open(db.beforeStatements(sql -> {
                if (sql.contains("FROM clustermeet_journal WHERE seq >") && pauseNextRead.getAndSet(false)) {
                    reading.countDown();
                    goOn.await(20, TimeUnit.SECONDS);
                }
            }), StoreFixtures.JANUARY)) {
                store.registerNow(EVENT, person(0), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, DESK);
                pauseNextRead.set(true);
                Future<List<HistoryEntry>> history = reader.submit(() -> store.history(person(0)));
                assertThat(reading.await(10, TimeUnit.SECONDS)).as("the history's read started").isTrue();

                // while the journal is being read, somebody else registers
                Future<RegistrationOutcome> registered = CompletableFuture.supplyAsync(() -> store.registerNow(EVENT,
                        person(1), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, DESK).outcome());
                try {
                    assertThat(registered.get(5, TimeUnit.SECONDS)).isInstanceOf(RegistrationOutcome.Accepted.class);
                } finally {
                    goOn.countDown();
                }
                assertThat(history.get(10, TimeUnit.SECONDS)).extracting(e -> e.happening().describe())
                        .containsExactly("r-1 registered");
            }
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    void aPersonsHistoryIsReadAcrossTheJournalsParts() throws Exception {
        // the journal is read 4,096 rows at a time: person 0 registered in the first part, cancelled in the second
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.openWithRegistrations(4_100, DESK)) {
            store.cancel(RegistrationId.of("r-1"), ORGANISER);

            assertThat(store.history(person(0))).extracting(e -> e.sequence() + " " + e.happening().describe())
                    .containsExactly("1 r-1 registered", "4101 r-1 cancelled");
        }
    }

    @Test
    void aRowEditedByHandWhereTheJournalsPartsMeetIsNoticedInAnEventsHistory() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.openWithRegistrations(4_100, DESK)) {
            db.execute("UPDATE clustermeet_journal SET actor = 'somebody-else' WHERE seq = 4097");

            assertThatThrownBy(() -> store.history(EVENT))
                    .isInstanceOf(RegistryStoreException.class)
                    .hasMessageContaining("was tampered with at change 4097: journal row 4097 does not follow the "
                            + "change before it");
        }
    }
}
