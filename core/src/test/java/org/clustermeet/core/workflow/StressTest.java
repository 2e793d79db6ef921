package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.query.EventQueries;
import org.clustermeet.core.query.LabelQueries;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.report.EventReport;
import org.clustermeet.core.report.EventReports;
import org.clustermeet.core.value.CountryCode;
import org.junit.jupiter.api.Test;

/**
 * 8 threads x 10,000 operations mixing registrations, cancellations and queries on one shared
 * registry. Afterwards no event is over capacity, every place is accounted for exactly once,
 * promotions followed arrival order, and every snapshot taken during the run validates.
 */
class StressTest {

    private static final Actor ACTOR = Actor.of("stress-test");

    private static final int THREADS = 8;
    private static final int OPERATIONS = 10_000;
    private static final int EVENTS = 5;
    private static final int CAPACITY = 25;
    private static final int PEOPLE = 300;
    private static final long SEED = 20191204L;
    private static final OrganisationId ORG = OrganisationId.of("org");

    /** What one thread saw. */
    private static final class Log {
        final Set<RegistrationId> accepted = new HashSet<>();
        final Set<RegistrationId> waitlisted = new HashSet<>();
        final Set<RegistrationId> cancelled = new HashSet<>();
        final List<RegistrationId> promoted = new ArrayList<>();
        final List<RegistrationId> mine = new ArrayList<>();
    }

    private static EventId event(int n) {
        return EventId.of("event-" + n);
    }

    @Test
    void eightThreadsTimesTenThousandOperationsKeepEveryInvariant() throws Exception {
        RegistryBuilder b = Registry.builder().add(ClusterAssociation.of(ORG, "Illustrative association",
                CountryCode.of("PL")));
        for (int e = 0; e < EVENTS; e++) {
            b.add(Event.builder(event(e), "Illustrative event " + e, EventKind.MATCHMAKING,
                    EventSchedule.day(LocalDate.of(2020, 1, 1).plusDays(e))).capacity(CAPACITY).build());
        }
        for (int p = 0; p < PEOPLE; p++) {
            b.add(Person.of(PersonId.of("p" + p), "Illustrative", "Person " + p)
                    .withRole(PersonRole.of(ORG, "Member", LocalDate.of(2019, 1, 1))));
        }
        SharedRegistry shared = new SharedRegistry(b.build(),
                Clock.fixed(Instant.parse("2019-12-04T09:00:00Z"), ZoneOffset.UTC));
        List<Registry> snapshots = new CopyOnWriteArrayList<>();
        Map<Integer, Log> logs = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                Log log = new Log();
                logs.put(thread, log);
                Random random = new Random(SEED + thread);
                start.await();
                for (int i = 0; i < OPERATIONS; i++) {
                    int op = random.nextInt(10);
                    if (op < 4) {
                        RegistrationId id = RegistrationId.of("t" + thread + "-" + i);
                        RegistrationOutcome outcome = shared.registerNow(id, event(random.nextInt(EVENTS)),
                                PersonId.of("p" + random.nextInt(PEOPLE)), ORG, EventRole.OBSERVER,
                                AttendanceMode.IN_PERSON, ACTOR).outcome();
                        if (outcome instanceof RegistrationOutcome.Accepted) {
                            log.accepted.add(id);
                            log.mine.add(id);
                        } else if (outcome instanceof RegistrationOutcome.Waitlisted) {
                            log.waitlisted.add(id);
                            log.mine.add(id);
                        }
                    } else if (op < 6 && !log.mine.isEmpty()) {
                        RegistrationId id = log.mine.remove(random.nextInt(log.mine.size()));
                        CancellationResult result = shared.cancel(id, ACTOR);
                        log.cancelled.add(id);
                        result.promoted().ifPresent(p -> log.promoted.add(p.id()));
                    } else {
                        Registry snapshot = shared.registry();
                        EventId e = event(random.nextInt(EVENTS));
                        EventReport report = EventReports.of(snapshot).report(e);
                        assertThat(report.participants()).isLessThanOrEqualTo(CAPACITY);
                        RegistrationWorkflow.waitingList(snapshot, e);
                        EventQueries.of(snapshot).participantsByRole(e);
                        LabelQueries.of(snapshot).holders(LabelLevel.BRONZE, LocalDate.of(2020, 1, 1));
                        if (i % 1_000 == 0) {
                            snapshots.add(snapshot);
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Registry end = shared.registry();
        Set<RegistrationId> accepted = new HashSet<>();
        Set<RegistrationId> waitlisted = new HashSet<>();
        Set<RegistrationId> cancelled = new HashSet<>();
        Set<RegistrationId> promoted = new HashSet<>();
        int promotions = 0;
        for (Log log : logs.values()) {
            accepted.addAll(log.accepted);
            waitlisted.addAll(log.waitlisted);
            cancelled.addAll(log.cancelled);
            promoted.addAll(log.promoted);
            promotions += log.promoted.size();
        }
        assertThat(promoted).as("nobody is promoted twice").hasSize(promotions);
        assertThat(end.registrations()).as("nothing lost").hasSize(accepted.size() + waitlisted.size());

        Set<RegistrationId> holdingPlaces = new HashSet<>(accepted);
        holdingPlaces.addAll(promoted);
        holdingPlaces.removeAll(cancelled);
        Set<RegistrationId> stillWaiting = new HashSet<>(waitlisted);
        stillWaiting.removeAll(promoted);
        stillWaiting.removeAll(cancelled);
        Map<RegistrationState, Set<RegistrationId>> byState = new HashMap<>();
        end.registrations().forEach(r -> byState.computeIfAbsent(r.state(), s -> new HashSet<>()).add(r.id()));
        assertThat(byState.getOrDefault(RegistrationState.REGISTERED, Set.of())).isEqualTo(holdingPlaces);
        assertThat(byState.getOrDefault(RegistrationState.WAITLISTED, Set.of())).isEqualTo(stillWaiting);
        assertThat(byState.getOrDefault(RegistrationState.CANCELLED, Set.of())).isEqualTo(cancelled);

        for (int e = 0; e < EVENTS; e++) {
            List<Registration> forEvent = end.registrationsFor(event(e));
            assertThat(forEvent.stream().filter(Registration::holdsPlace).count()).as("event %d places", e)
                    .isLessThanOrEqualTo(CAPACITY);
            Set<Instant> waitingTimes = forEvent.stream().filter(r -> r.state() == RegistrationState.WAITLISTED)
                    .map(x -> x.registeredAt().orElseThrow()).collect(Collectors.toSet());
            Instant firstWaiting = waitingTimes.stream().min(Instant::compareTo).orElse(Instant.MAX);
            assertThat(forEvent.stream().filter(r -> promoted.contains(r.id())).map(x -> x.registeredAt().orElseThrow()))
                    .as("event %d: promoted in arrival order", e).allMatch(t -> t.isBefore(firstWaiting));
        }
        assertThat(snapshots).hasSizeGreaterThan(THREADS);
        for (Registry snapshot : snapshots) {
            assertThat(snapshot.validate()).isEmpty();
        }
        assertThat(end.validate()).isEmpty();
        assertThat(promotions).as("the run exercised promotions").isPositive();
    }
}
