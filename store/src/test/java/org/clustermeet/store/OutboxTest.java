package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.store.StoreFixtures.ACTOR;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.ORG;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.workflow.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The outbox: what each change tells whom, written with the change; claimed by one sender at a time. */
class OutboxTest {

    private static final Actor ORGANISER = Actor.of("secretariat");

    @TempDir
    Path folder;

    private static RegistrationId register(RegistryStore store, int i) {
        RegistrationOutcome o = store.registerNow(EVENT, person(i), ORG, EventRole.ASSOCIATION_REPRESENTATIVE,
                AttendanceMode.IN_PERSON, Notice.personsOwn(person(i))).outcome();
        return o instanceof RegistrationOutcome.Accepted a ? a.registration().id()
                : ((RegistrationOutcome.Waitlisted) o).registration().id();
    }

    private static List<Notice> notices(RegistryStore store) {
        List<Notice> all = new ArrayList<>(store.outbox().latest(Optional.empty(), 1000).stream()
                .map(Outbox.Entry::notice).toList());
        Collections.reverse(all);
        return all;
    }

    private static List<String> told(RegistryStore store) {
        return notices(store).stream().map(n -> n.kind() + " " + n.person() + n.registration().map(r -> " " + r)
                .orElse("") + (n.position() > 0 ? " #" + n.position() : "")).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void eachOutcomeOfTheWorkflowTellsItsPersonWithTheChange(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(StoreFixtures.registry(4, 1), ticking())) {
            RegistrationId first = register(store, 0);
            RegistrationId second = register(store, 1);
            store.cancel(first, Notice.personsOwn(person(0)));
            store.cancel(second, ORGANISER);

            assertThat(told(store)).containsExactly("ACCEPTED p0 " + first, "WAITLISTED p1 " + second + " #1",
                    "CANCELLED p0 " + first, "PROMOTED p1 " + second, "CANCELLED_BY_ORGANISER p1 " + second);
            assertThat(store.outbox().counts().get(Outbox.Status.PENDING)).isEqualTo(5);
        }
    }

    @Test
    void aRefusalChangesNothingButIsToldWithItsReasonsInBothLanguages() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 5), ticking())) {
            register(store, 0);
            long before = store.history(EVENT).size();

            RegistrationOutcome again = store.registerNow(EVENT, person(0), ORG, EventRole.ASSOCIATION_REPRESENTATIVE,
                    AttendanceMode.IN_PERSON, ACTOR).outcome();

            assertThat(again).isInstanceOf(RegistrationOutcome.Refused.class);
            Notice refused = notices(store).get(1);
            assertThat(refused.kind()).isEqualTo(Notice.Kind.REFUSED);
            assertThat(refused.registration()).isEmpty();
            assertThat(refused.reasons().english()).isNotEmpty();
            assertThat(refused.reasons().polish()).hasSameSizeAs(refused.reasons().english())
                    .isNotEqualTo(refused.reasons().english());
            assertThat(store.history(EVENT)).hasSize((int) before);
        }
    }

    @Test
    void movingTheEventTellsEveryoneHoldingOrWaitingButAChangeOfPlacesOnlyThePromoted() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(3, 1), ticking())) {
            register(store, 0);
            RegistrationId waiting = register(store, 1);
            int before = notices(store).size();

            store.changeEvent(store.registry().event(EVENT).orElseThrow().withCapacity(2), ORGANISER);
            List<String> afterCapacity = told(store).subList(before, told(store).size());
            store.changeEvent(store.registry().event(EVENT).orElseThrow().withSchedule(
                    EventSchedule.day(LocalDate.of(2020, 2, 3))), ORGANISER);

            assertThat(afterCapacity).containsExactly("PROMOTED p1 " + waiting);
            assertThat(told(store).subList(before + 1, told(store).size()))
                    .containsExactlyInAnyOrder("EVENT_CHANGED p0 r-1", "EVENT_CHANGED p1 " + waiting);
        }
    }

    @Test
    void cancellingTheEventTellsEveryRegistrationItClosed() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(2, 1), ticking())) {
            RegistrationId a = register(store, 0);
            RegistrationId b = register(store, 1);
            int before = notices(store).size();

            store.cancelEvent(EVENT, ORGANISER);

            assertThat(told(store).subList(before, told(store).size()))
                    .containsExactlyInAnyOrder("EVENT_CANCELLED p1 " + b, "EVENT_CANCELLED p0 " + a);
        }
    }

    @Test
    void attendanceTellsNobody() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 5), ticking())) {
            RegistrationId a = register(store, 0);

            store.markAttended(a, ORGANISER);

            assertThat(told(store)).containsExactly("ACCEPTED p0 " + a);
        }
    }

    @Test
    void anInvitationIsToldInTheTransactionThatIssuesIt() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 5), JANUARY)) {
            store.invitations().issue(EVENT, person(0), Locale.ENGLISH, ORGANISER);

            assertThat(notices(store)).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(Notice.Kind.INVITED);
                assertThat(n.actor()).isEqualTo(ORGANISER);
                assertThat(n.createdAt()).isEqualTo(JANUARY.instant());
            });
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void noticesOutliveTheProcessThatWroteThem(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            String id;
            try (RegistryStore store = db.create(StoreFixtures.registry(1, 5), JANUARY)) {
                register(store, 0);
                id = notices(store).get(0).id();
            }
            try (RegistryStore store = db.open(JANUARY)) {
                assertThat(notices(store)).extracting(Notice::id).containsExactly(id);
            }
        }
    }

    @Test
    void aStoreMadeBeforeTheOutboxGetsItWhenOpened() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder)) {
            db.create(StoreFixtures.registry(1, 5), JANUARY).close();
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE clustermeet_outbox");
            }
            try (RegistryStore store = db.open(JANUARY)) {
                register(store, 0);

                assertThat(told(store)).containsExactly("ACCEPTED p0 r-1");
            }
        }
    }

    @Test
    void aClaimedNoticeIsNoOneElsesUntilItsLeaseRunsOut() throws Exception {
        MovingClock clock = new MovingClock();
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 5), clock)) {
            register(store, 0);

            List<Outbox.Entry> mine = store.outbox().claim("a", 10, Duration.ofMinutes(5));
            List<Outbox.Entry> theirs = store.outbox().claim("b", 10, Duration.ofMinutes(5));
            clock.now = clock.now.plus(Duration.ofMinutes(6));
            List<Outbox.Entry> afterLease = store.outbox().claim("b", 10, Duration.ofMinutes(5));

            assertThat(mine).hasSize(1);
            assertThat(theirs).isEmpty();
            assertThat(afterLease).extracting(e -> e.notice().id()).containsExactly(mine.get(0).notice().id());
            assertThat(store.outbox().sent(mine.get(0).notice().id(), "a")).as("a's lease ran out").isFalse();
            assertThat(store.outbox().sent(mine.get(0).notice().id(), "b")).isTrue();
            assertThat(store.outbox().latest(Optional.of(Outbox.Status.SENT), 10)).singleElement()
                    .satisfies(e -> assertThat(e.sentAt()).contains(clock.now));
            assertThat(store.outbox().claim("c", 10, Duration.ofMinutes(5))).isEmpty();
        }
    }

    @Test
    void aFailedAttemptWaitsForItsRetryAndCanBeGivenUpOrSkipped() throws Exception {
        MovingClock clock = new MovingClock();
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(3, 5), clock)) {
            register(store, 0);
            register(store, 1);
            register(store, 2);
            List<Outbox.Entry> claimed = store.outbox().claim("a", 10, Duration.ofMinutes(5));

            store.outbox().retry(claimed.get(0).notice().id(), "a", "connection refused", clock.now.plusSeconds(60));
            store.outbox().failed(claimed.get(1).notice().id(), "a", "mailbox unavailable");
            store.outbox().skipped(claimed.get(2).notice().id(), "a", "no e-mail address");

            assertThat(store.outbox().claim("a", 10, Duration.ofMinutes(5))).isEmpty();
            clock.now = clock.now.plusSeconds(61);
            assertThat(store.outbox().claim("a", 10, Duration.ofMinutes(5))).singleElement().satisfies(e -> {
                assertThat(e.attempts()).isEqualTo(1);
                assertThat(e.lastError()).contains("connection refused");
            });
            assertThat(store.outbox().counts()).containsEntry(Outbox.Status.PENDING, 1)
                    .containsEntry(Outbox.Status.FAILED, 1).containsEntry(Outbox.Status.SKIPPED, 1)
                    .containsEntry(Outbox.Status.SENT, 0);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void twoStoresOnOneDatabaseNeverClaimTheSameNotice(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore one = db.create(StoreFixtures.registry(40, 100), ticking());
             RegistryStore two = db.open(ticking())) {
            for (int i = 0; i < 40; i++) {
                register(one, i);
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<List<String>>> claims = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                RegistryStore store = t % 2 == 0 ? one : two;
                String holder = "holder-" + t;
                claims.add(pool.submit(() -> {
                    start.await();
                    List<String> got = new ArrayList<>();
                    List<Outbox.Entry> batch;
                    while (!(batch = store.outbox().claim(holder, 3, Duration.ofMinutes(5))).isEmpty()) {
                        for (Outbox.Entry e : batch) {
                            got.add(e.notice().id());
                            store.outbox().sent(e.notice().id(), holder);
                        }
                    }
                    return got;
                }));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : claims) {
                all.addAll(f.get());
            }
            pool.shutdown();

            Set<String> distinct = new HashSet<>(all);
            assertThat(all).hasSize(40);
            assertThat(distinct).hasSize(40);
            assertThat(one.outbox().counts()).containsEntry(Outbox.Status.SENT, 40);
        }
    }

    /** A clock that moves a millisecond on every reading, so that notices keep their order. */
    private static Clock ticking() {
        return new MovingClock() {
            @Override
            public Instant instant() {
                now = now.plusMillis(1);
                return now;
            }
        };
    }

    /** A clock the test moves. */
    private static class MovingClock extends Clock {
        volatile Instant now = Instant.parse("2020-01-10T09:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
