package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.ORG;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two stores on one database, as two processes would have them: each sees and respects the other's changes. */
class SharedDatabaseTest {

    @TempDir
    Path folder;

    private static RegistrationOutcome register(RegistryStore store, int person) {
        return store.registerNow(EVENT, person(person), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON,
                StoreFixtures.ACTOR).outcome();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aDecisionOnAStaleStateIsTakenAgainOnTheLatest(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(2, 1), JANUARY).close();
            try (RegistryStore a = RegistryStore.open(db.dataSource(), JANUARY);
                 RegistryStore b = RegistryStore.open(db.dataSource(), JANUARY)) {
                RegistrationOutcome first = register(a, 0);
                RegistrationOutcome second = register(b, 1);

                assertThat(first).isInstanceOf(RegistrationOutcome.Accepted.class);
                assertThat(second).isInstanceOfSatisfying(RegistrationOutcome.Waitlisted.class,
                        w -> assertThat(w.registration().id()).isEqualTo(RegistrationId.of("r-2")));
                assertThat(b.sequence()).isEqualTo(2);
                assertThat(a.refresh()).isEqualTo(b.registry());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRefusalIsConfirmedOnTheLatestState(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(1, 1), JANUARY).close();
            try (RegistryStore a = RegistryStore.open(db.dataSource(), JANUARY);
                 RegistryStore b = RegistryStore.open(db.dataSource(), JANUARY)) {
                register(a, 0);
                RegistrationOutcome again = register(b, 0);

                assertThat(again).isInstanceOf(RegistrationOutcome.Refused.class);
                assertThat(b.registry().registrationsFor(EVENT)).hasSize(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aStoreBehindACompactionReadsTheNewSnapshot(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(4, 2), JANUARY).close();
            try (RegistryStore behind = RegistryStore.open(db.dataSource(), JANUARY);
                 RegistryStore ahead = RegistryStore.open(db.dataSource(), JANUARY)) {
                register(ahead, 0);
                register(ahead, 1);
                ahead.compact();

                RegistrationOutcome late = register(behind, 2);

                assertThat(late).isInstanceOfSatisfying(RegistrationOutcome.Waitlisted.class,
                        w -> assertThat(w.position()).isEqualTo(1));
                assertThat(behind.sequence()).isEqualTo(3);
                assertThat(ahead.refresh()).isEqualTo(behind.registry());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void threadsOfTwoStoresNeverOverbookAndKeepArrivalOrder(TestDatabase.Kind kind) throws Exception {
        int people = 60;
        int capacity = 10;
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(people, capacity), JANUARY).close();
            try (RegistryStore a = RegistryStore.open(db.dataSource(), JANUARY);
                 RegistryStore b = RegistryStore.open(db.dataSource(), JANUARY)) {
                ExecutorService pool = Executors.newFixedThreadPool(4);
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    RegistryStore store = t % 2 == 0 ? a : b;
                    int thread = t;
                    futures.add(pool.submit(() -> {
                        for (int p = thread; p < people; p += 4) {
                            register(store, p);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
                pool.shutdown();
                assertThat(a.refresh()).isEqualTo(b.refresh());
                List<Registration> all = a.registry().registrationsFor(EVENT);
                assertThat(all).hasSize(people);
                assertThat(all).filteredOn(Registration::holdsPlace).hasSize(capacity);
                List<Registration> waiting = RegistrationWorkflow.waitingList(a.registry(), EVENT);
                assertThat(waiting).hasSize(people - capacity);
                // arrival order is the order of the journal: ids carry the sequence number
                assertThat(waiting).extracting(r -> Long.parseLong(r.id().value().substring(2)))
                        .isSorted();
                assertThat(all).filteredOn(r -> r.state() == RegistrationState.REGISTERED)
                        .extracting(r -> Long.parseLong(r.id().value().substring(2)))
                        .allMatch(seq -> seq <= capacity);
                assertThat(a.registry().validate()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void compactionsWhileAnotherStoreRegistersLoseNothing(TestDatabase.Kind kind) throws Exception {
        int people = 80;
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(people, 30), JANUARY).close();
            try (RegistryStore registering = RegistryStore.open(db.dataSource(), JANUARY);
                 RegistryStore compacting = RegistryStore.open(db.dataSource(), JANUARY)) {
                ExecutorService pool = Executors.newFixedThreadPool(2);
                List<RegistrationId> acknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
                Future<?> registrations = pool.submit(() -> {
                    for (int p = 0; p < people; p++) {
                        RegistrationOutcome outcome = register(registering, p);
                        assertThat(outcome).isNotInstanceOf(RegistrationOutcome.Refused.class);
                        acknowledged.add(outcome instanceof RegistrationOutcome.Accepted a ? a.registration().id()
                                : ((RegistrationOutcome.Waitlisted) outcome).registration().id());
                    }
                    return null;
                });
                Future<?> compactions = pool.submit(() -> {
                    while (!registrations.isDone()) {
                        compacting.compact();
                    }
                    return null;
                });
                registrations.get(120, TimeUnit.SECONDS);
                compactions.get(120, TimeUnit.SECONDS);
                pool.shutdown();

                try (RegistryStore reopened = RegistryStore.open(db.dataSource(), JANUARY)) {
                    assertThat(reopened.registry()).isEqualTo(registering.registry())
                            .isEqualTo(compacting.refresh());
                    assertThat(reopened.registry().registrationsFor(EVENT)).extracting(Registration::id)
                            .containsExactlyInAnyOrderElementsOf(acknowledged);
                    assertThat(reopened.registry().validate()).isEmpty();
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRefusalOnAStaleStateIsDecidedAgainOnTheLatest(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(1, 1), JANUARY).close();
            try (RegistryStore a = RegistryStore.open(db.dataSource(), JANUARY);
                 RegistryStore b = RegistryStore.open(db.dataSource(), JANUARY)) {
                a.edit(e -> e.put(org.clustermeet.core.person.Person.of(person(7), "New", "Member")
                        .withRole(org.clustermeet.core.person.PersonRole.of(ORG, "Member",
                                java.time.LocalDate.of(2019, 1, 1)))), StoreFixtures.ACTOR);

                RegistrationOutcome outcome = register(b, 7);

                assertThat(outcome).as(outcome.describe()).isInstanceOf(RegistrationOutcome.Accepted.class);
                assertThat(b.sequence()).isEqualTo(2);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anErrorOnAStaleStateIsDecidedAgainOnTheLatest(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(1, 1), JANUARY).close();
            try (RegistryStore a = RegistryStore.open(db.dataSource(), JANUARY);
                 RegistryStore b = RegistryStore.open(db.dataSource(), JANUARY)) {
                register(a, 0);

                assertThat(b.cancel(RegistrationId.of("r-1"), StoreFixtures.ACTOR).cancelled().state())
                        .isEqualTo(RegistrationState.CANCELLED);
                assertThat(a.refresh()).isEqualTo(b.registry());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSecondCompactionWithNothingNewSparesNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(StoreFixtures.registry(2, 1), JANUARY)) {
            register(store, 0);
            register(store, 1);

            assertThat(store.compact()).isEqualTo(2);
            assertThat(store.compact()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRefusedOutcomeOnAStaleStateIsDecidedAgainOnTheLatest(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(1, 1).toBuilder()
                    .add(org.clustermeet.core.person.Person.of(person(5), "Without", "Role")).build(), JANUARY).close();
            try (RegistryStore a = RegistryStore.open(db.dataSource(), JANUARY);
                 RegistryStore b = RegistryStore.open(db.dataSource(), JANUARY)) {
                a.edit(e -> e.put(org.clustermeet.core.person.Person.of(person(5), "Without", "Role")
                        .withRole(org.clustermeet.core.person.PersonRole.of(ORG, "Member",
                                java.time.LocalDate.of(2019, 1, 1)))), StoreFixtures.ACTOR);

                RegistrationOutcome outcome = register(b, 5);

                assertThat(outcome).as(outcome.describe()).isInstanceOf(RegistrationOutcome.Accepted.class);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aStoreBehindCompactsTheLatestState(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(2, 1), JANUARY).close();
            try (RegistryStore a = RegistryStore.open(db.dataSource(), JANUARY);
                 RegistryStore b = RegistryStore.open(db.dataSource(), JANUARY)) {
                register(a, 0);

                assertThat(b.compact()).isEqualTo(1);
                assertThat(b.registry()).isEqualTo(a.registry());
            }
        }
    }
}
