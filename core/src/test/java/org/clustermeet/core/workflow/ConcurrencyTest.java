package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Registrations from many threads through a {@link SharedRegistry}. */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 25;
    private static final int CAPACITY = 30;
    private static final EventId EVENT = EventId.of("busy");
    private static final OrganisationId ORG = OrganisationId.of("org");

    private static Registry registryWithPeople(int people) {
        RegistryBuilder b = Registry.builder().add(ClusterAssociation.of(ORG, "Org", CountryCode.of("PL")))
                .add(Event.builder(EVENT, "Busy", EventKind.MATCHMAKING,
                        EventSchedule.day(java.time.LocalDate.of(2020, 1, 1))).capacity(CAPACITY).build());
        for (int i = 0; i < people; i++) {
            b.add(Person.of(PersonId.of("p" + i), "Given", "Family " + i)
                    .withRole(PersonRole.of(ORG, "Member", java.time.LocalDate.of(2019, 1, 1))));
        }
        return b.build();
    }

    private static RegistrationRequest request(int person) {
        return new RegistrationRequest(RegistrationId.of("r" + person), EVENT, PersonId.of("p" + person), ORG,
                EventRole.OBSERVER, Instant.parse("2019-12-01T00:00:00Z").plusMillis(person));
    }

    @RepeatedTest(5)
    void eightThreadsNeverExceedCapacityAndLoseNothing() throws Exception {
        SharedRegistry shared = new SharedRegistry(registryWithPeople(THREADS * PER_THREAD));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        Map<RegistrationId, RegistrationOutcome> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < PER_THREAD; i++) {
                    RegistrationRequest r = request(thread * PER_THREAD + i);
                    outcomes.put(r.id(), shared.register(r, Actor.of("test")).outcome());
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Registry end = shared.registry();
        List<Registration> all = end.registrationsFor(EVENT);
        assertThat(all).hasSize(THREADS * PER_THREAD);
        assertThat(all).filteredOn(Registration::holdsPlace).hasSize(CAPACITY);
        assertThat(outcomes.values()).filteredOn(RegistrationOutcome.Accepted.class::isInstance).hasSize(CAPACITY);
        List<Integer> positions = outcomes.values().stream().filter(RegistrationOutcome.Waitlisted.class::isInstance)
                .map(o -> ((RegistrationOutcome.Waitlisted) o).position()).sorted().toList();
        assertThat(positions).hasSize(THREADS * PER_THREAD - CAPACITY);
        assertThat(end.validate()).isEmpty();
    }

    @Test
    void registerNowStampsStrictlyIncreasingArrivalTimesEvenWithAStoppedClock() {
        java.time.Clock stopped = java.time.Clock.fixed(Instant.parse("2019-12-04T09:00:00Z"), java.time.ZoneOffset.UTC);
        SharedRegistry shared = new SharedRegistry(registryWithPeople(CAPACITY + 3), stopped);
        for (int p = 0; p < CAPACITY + 3; p++) {
            shared.registerNow(RegistrationId.of("r" + p), EVENT, PersonId.of("p" + p), ORG, EventRole.OBSERVER,
                    AttendanceMode.IN_PERSON, Actor.of("test"));
        }
        List<Registration> all = shared.registry().registrationsFor(EVENT).stream()
                .sorted(java.util.Comparator.comparing((Registration x) -> x.registeredAt().orElseThrow())).toList();
        assertThat(all).extracting(x -> x.registeredAt().orElseThrow()).doesNotHaveDuplicates();
        assertThat(RegistrationWorkflow.waitingList(shared.registry(), EVENT)).extracting(r -> r.id().value())
                .containsExactly("r" + CAPACITY, "r" + (CAPACITY + 1), "r" + (CAPACITY + 2));
    }

    @Test
    void randomRegistrationsAndCancellationsKeepTheInvariants() {
        long seed = 20191204L;
        Random random = new Random(seed);
        int people = 120;
        Registry r = registryWithPeople(people);
        Set<Integer> registered = new java.util.HashSet<>();
        for (int step = 0; step < 600; step++) {
            int person = random.nextInt(people);
            RegistrationId id = RegistrationId.of("r" + person);
            Registration existing = r.registration(id).orElse(null);
            if (existing == null) {
                r = RegistrationWorkflow.register(r, request(person)).registry();
                registered.add(person);
            } else if (existing.state() == RegistrationState.REGISTERED || existing.state() == RegistrationState.WAITLISTED) {
                r = RegistrationWorkflow.cancel(r, id).registry();
            }
            List<Registration> all = r.registrationsFor(EVENT);
            long places = all.stream().filter(Registration::holdsPlace).count();
            long waiting = all.stream().filter(x -> x.state() == RegistrationState.WAITLISTED).count();
            assertThat(places).as("seed %d step %d: places", seed, step).isLessThanOrEqualTo(CAPACITY);
            assertThat(waiting == 0 || places == CAPACITY).as("seed %d step %d: nobody waits beside a free place",
                    seed, step).isTrue();
            assertThat(all).as("seed %d step %d: nothing lost", seed, step).hasSize(registered.size());
        }
        List<RegistrationId> waitingOrder = RegistrationWorkflow.waitingList(r, EVENT).stream().map(Registration::id).toList();
        List<RegistrationId> byTime = RegistrationWorkflow.waitingList(r, EVENT).stream()
                .sorted(java.util.Comparator.comparing((Registration x) -> x.registeredAt().orElseThrow())).map(Registration::id)
                .collect(Collectors.toList());
        assertThat(waitingOrder).isEqualTo(byTime);
        assertThat(r.validate()).as("seed %d", seed).isEmpty();
    }
}
