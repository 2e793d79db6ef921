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
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Changes that arrive while a commit is in flight are committed together, each decided on the
 * state that includes the ones before it; a failed group fails every change in it.
 */
class GroupCommitTest {

    @TempDir
    Path folder;

    private static RegistrationOutcome register(RegistryStore store, int person) {
        return store.registerNow(EVENT, person(person), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON,
                StoreFixtures.ACTOR).outcome();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void concurrentChangesShareCommitsAndEachSeesTheOnesBefore(TestDatabase.Kind kind) throws Exception {
        int threads = 8;
        int people = 200;
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(people, 50), JANUARY).close();
            AtomicInteger commits = new AtomicInteger();
            try (RegistryStore store = RegistryStore.open(db.beforeCommit(c -> {
                commits.incrementAndGet();
                Thread.sleep(2);
            }), JANUARY)) {
                commits.set(0);
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int first = t;
                    done.add(pool.submit(() -> {
                        for (int p = first; p < people; p += threads) {
                            register(store, p);
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
                pool.shutdown();

                List<Registration> stored = store.registry().registrationsFor(EVENT);
                assertThat(stored).hasSize(people);
                assertThat(stored.stream().filter(r -> r.state() == RegistrationState.REGISTERED)).hasSize(50);
                assertThat(store.sequence()).isEqualTo(people);
                assertThat(commits.get()).as("commits for %d changes from %d threads", people, threads)
                        .isLessThan(people / 2);
            }
            try (RegistryStore reopened = db.open(JANUARY)) {
                assertThat(reopened.registry().registrationsFor(EVENT)).hasSize(people);
                assertThat(reopened.registry().validate()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aGroupReachesTheDatabaseInAsManyRoundTripsAsOneChange(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(10, 5), JANUARY).close();
            List<Integer> roundTrips = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger commits = new AtomicInteger();
            DataSource counting = db.countingRoundTrips(roundTrips);
            try (RegistryStore store = RegistryStore.open(TestDatabase.beforeCommit(counting, c -> {
                if (commits.incrementAndGet() == 1) {
                    Thread.sleep(500);
                }
            }), JANUARY)) {
                roundTrips.clear();
                commits.set(0);
                ExecutorService pool = Executors.newFixedThreadPool(5);
                Future<RegistrationOutcome> alone = pool.submit(() -> register(store, 0));
                Thread.sleep(100);
                List<Future<RegistrationOutcome>> group = new ArrayList<>();
                for (int p = 1; p <= 4; p++) {
                    int person = p;
                    group.add(pool.submit(() -> register(store, person)));
                }
                assertThat(alone.get(30, TimeUnit.SECONDS)).isInstanceOf(RegistrationOutcome.Accepted.class);
                for (Future<RegistrationOutcome> f : group) {
                    assertThat(f.get(30, TimeUnit.SECONDS)).isInstanceOf(RegistrationOutcome.Accepted.class);
                }
                pool.shutdown();

                assertThat(commits.get()).as("one commit alone, then one for the four").isEqualTo(2);
                assertThat(roundTrips).hasSize(2);
                assertThat(roundTrips.get(1)).as("round trips of four changes against one's")
                        .isEqualTo(roundTrips.get(0));
            }
        }
    }

    @Test
    void onPostgresqlAChangeAndItsNoticeReachTheDatabaseInOneStatementThatCommitsItself() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.POSTGRESQL, folder)) {
            db.create(StoreFixtures.registry(10, 5), JANUARY).close();
            List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
            try (RegistryStore store = RegistryStore.open(db.recordingCalls(calls), JANUARY)) {
                calls.clear();

                assertThat(register(store, 0)).isInstanceOf(RegistrationOutcome.Accepted.class);

                assertThat(List.copyOf(calls)).as("what the registration sent to the database")
                        .containsExactly("execute, committing");
                assertThat(store.outbox().of(person(0))).singleElement().satisfies(entry -> {
                    assertThat(entry.notice().kind()).isEqualTo(Notice.Kind.ACCEPTED);
                    assertThat(entry.notice().event()).isEqualTo(EVENT);
                    assertThat(entry.notice().registration()).isPresent();
                    assertThat(entry.status()).isEqualTo(Outbox.Status.PENDING);
                    assertThat(entry.nextAttempt()).isEqualTo(entry.notice().createdAt());
                });
            }
            try (RegistryStore reopened = db.open(JANUARY)) {
                assertThat(reopened.registry().registrationsFor(EVENT)).hasSize(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aGroupWhoseTransactionFailsFailsEveryChangeInItAndLeavesNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(10, 5), JANUARY).close();
            AtomicInteger commits = new AtomicInteger(-1);
            try (RegistryStore store = RegistryStore.open(db.beforeCommit(c -> {
                int n = commits.incrementAndGet();
                if (n == 1) {
                    Thread.sleep(500);
                } else if (n == 2) {
                    c.close();
                }
            }), JANUARY)) {
                commits.set(0);
                ExecutorService pool = Executors.newFixedThreadPool(5);
                Future<RegistrationOutcome> slow = pool.submit(() -> register(store, 0));
                Thread.sleep(100);
                List<Future<RegistrationOutcome>> group = new ArrayList<>();
                for (int p = 1; p <= 4; p++) {
                    int person = p;
                    group.add(pool.submit(() -> register(store, person)));
                }

                assertThat(slow.get(30, TimeUnit.SECONDS)).isInstanceOf(RegistrationOutcome.Accepted.class);
                List<String> failures = new ArrayList<>();
                for (Future<RegistrationOutcome> f : group) {
                    try {
                        f.get(30, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(RegistryStoreException.class);
                        failures.add(e.getCause().getMessage());
                    }
                }
                pool.shutdown();

                assertThat(failures).as("all four waited together and failed together").hasSize(4)
                        .allSatisfy(m -> assertThat(m).contains("could not record changes 2 to 5")
                                .endsWith("none of them was made"));
                assertThat(store.registry().registrationsFor(EVENT)).hasSize(1);
                assertThat(store.sequence()).isEqualTo(1);
                assertThat(register(store, 5)).isInstanceOf(RegistrationOutcome.Accepted.class);
            }
            try (RegistryStore reopened = db.open(JANUARY)) {
                assertThat(reopened.registry().registrationsFor(EVENT)).extracting(Registration::person)
                        .containsExactly(person(0), person(5));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aStepThatThrowsFailsAloneAndTheRestOfItsGroupIsCommitted(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            db.create(StoreFixtures.registry(10, 5), JANUARY).close();
            AtomicInteger commits = new AtomicInteger(-1);
            try (RegistryStore store = RegistryStore.open(db.beforeCommit(c -> {
                if (commits.incrementAndGet() == 1) {
                    Thread.sleep(500);
                }
            }), JANUARY)) {
                commits.set(0);
                ExecutorService pool = Executors.newFixedThreadPool(4);
                Future<RegistrationOutcome> slow = pool.submit(() -> register(store, 0));
                Thread.sleep(100);
                Future<?> broken = pool.submit(() -> store.edit(e -> {
                    throw new IllegalStateException("a bug in the caller's edit");
                }, StoreFixtures.ACTOR));
                Future<RegistrationOutcome> first = pool.submit(() -> register(store, 1));
                Future<RegistrationOutcome> second = pool.submit(() -> register(store, 2));

                assertThat(slow.get(30, TimeUnit.SECONDS)).isInstanceOf(RegistrationOutcome.Accepted.class);
                assertThat(first.get(30, TimeUnit.SECONDS)).isInstanceOf(RegistrationOutcome.Accepted.class);
                assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOf(RegistrationOutcome.Accepted.class);
                try {
                    broken.get(30, TimeUnit.SECONDS);
                    org.junit.jupiter.api.Assertions.fail("the broken edit returned");
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class)
                            .hasMessage("a bug in the caller's edit");
                }
                pool.shutdown();
                assertThat(store.registry().registrationsFor(EVENT)).hasSize(3);
            }
        }
    }
}
