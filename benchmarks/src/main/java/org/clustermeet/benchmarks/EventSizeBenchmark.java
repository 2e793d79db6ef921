package org.clustermeet.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

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
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.clustermeet.store.RegistryStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Whether a registration step costs more in a large event: registering, cancelling with a
 * promotion and marking attendance, on one event already holding {@code size} registrations (half
 * registered, a quarter waiting, a quarter cancelled), in memory (each step on the same registry,
 * its result dropped) and through the embedded store (a registration and its cancellation, so the
 * event keeps its size). Illustrative data: synthetic people of an illustrative association.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class EventSizeBenchmark {

    static final EventId EVENT = EventId.of("illustrative-event");
    static final OrganisationId ASSOCIATION = OrganisationId.of("illustrative-association");
    /** Before any run of the benchmark, so that the store's own arrivals come after the generated ones. */
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final int SPARE = 200_000;

    /** The registrations the event holds. */
    @Param({"100", "10000"})
    public int size;

    private Registry registry;
    private RegistrationId registered;
    private final AtomicInteger next = new AtomicInteger();
    private Path folder;
    private RegistryStore store;

    /** The event and its registrations; a store holding the same. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        registry = registry(size);
        registered = RegistrationId.of("r-0");
        folder = Files.createTempDirectory("clustermeet-event-size-");
        store = RegistryStore.createEmbedded(folder.resolve("store"), registry);
    }

    /** Closes the store and deletes its files. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** An event with capacity for half of its registrations, and {@code size + SPARE} people. */
    static Registry registry(int size) {
        RegistryBuilder b = Registry.builder()
                .add(ClusterAssociation.of(ASSOCIATION, "Illustrative association", CountryCode.of("PL")))
                .add(Event.builder(EVENT, "Illustrative event", EventKind.CONFERENCE,
                        EventSchedule.day(LocalDate.of(2031, 1, 15))).capacity(size / 2)
                        .waiveAffiliationFor(EventRole.OBSERVER).build());
        for (int i = 0; i < size + SPARE; i++) {
            b.add(Person.of(person(i), "Synthetic", "Person " + i));
        }
        for (int i = 0; i < size; i++) {
            // every other one holds a place; of the rest, half wait and half have cancelled
            RegistrationState state = i % 2 == 0 ? RegistrationState.REGISTERED
                    : i % 4 == 1 ? RegistrationState.WAITLISTED : RegistrationState.CANCELLED;
            b.add(new Registration(RegistrationId.of("r-" + i), EVENT, person(i), ASSOCIATION, EventRole.OBSERVER, state,
                    java.util.Optional.of(NOW.minusSeconds(size - i)), AttendanceMode.IN_PERSON));
        }
        return b.build();
    }

    static PersonId person(int i) {
        return PersonId.of("synthetic-" + i);
    }

    /** In memory: one more registration (waitlisted: the event is full). */
    @Benchmark
    public Registry registerInMemory() {
        int i = size + next.getAndIncrement() % SPARE;
        return RegistrationWorkflow.register(registry, new RegistrationRequest(RegistrationId.of("new-" + i), EVENT,
                person(i), ASSOCIATION, EventRole.OBSERVER, NOW, AttendanceMode.IN_PERSON)).registry();
    }

    /** In memory: a cancellation that promotes the first on the waiting list. */
    @Benchmark
    public Registry cancelWithPromotionInMemory() {
        return RegistrationWorkflow.cancel(registry, registered).registry();
    }

    /** In memory: marking a registered person as attended. */
    @Benchmark
    public Registry markAttendedInMemory() {
        return RegistrationWorkflow.markAttended(registry, registered).registry();
    }

    /** Through the store: a registration, committed, then its cancellation, committed (the event keeps its size). */
    @Benchmark
    public Object registerAndCancelThroughStore() {
        int i = size + next.getAndIncrement() % SPARE;
        var result = store.registerNow(EVENT, person(i), ASSOCIATION, EventRole.OBSERVER, AttendanceMode.IN_PERSON,
                Actor.of("benchmark"));
        var outcome = StoreWorkload.accepted(result.outcome());
        if (!(outcome instanceof org.clustermeet.core.registration.RegistrationOutcome.Waitlisted w)) {
            throw new IllegalStateException("expected a waiting registration: " + outcome.describe());
        }
        return store.cancel(w.registration().id(), Actor.of("benchmark"));
    }
}
