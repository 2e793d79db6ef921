package org.clustermeet.benchmarks;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.workflow.SharedRegistry;
import org.clustermeet.testkit.RegistryGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Registrations per second through one {@link SharedRegistry} with 1, 2 and 4 threads: each call
 * registers a random person for a random one of 2,000 events. The registry starts afresh for
 * every iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class RegistrationBenchmark {

    private static final int PEOPLE = 50_000;

    private Registry start;
    private SharedRegistry shared;
    private List<EventId> events;
    private List<OrganisationId> clusters;
    private final AtomicLong counter = new AtomicLong();

    /** Builds the starting registry once. */
    @Setup(Level.Trial)
    public void setUp() {
        Registry base = RegistryGenerator.generate(new RegistryGenerator.Settings(2_000, 2_000, 0, 7L));
        RegistryBuilder b = base.toBuilder();
        for (int i = 0; i < PEOPLE; i++) {
            b.add(Person.of(PersonId.of("benchmark-person-" + i), "Synthetic", "Person " + i));
        }
        start = b.build();
        events = start.events().stream().map(e -> e.id()).toList();
        clusters = start.clusterOrganisations().stream().map(c -> c.id()).toList();
    }

    /** Starts every iteration from the same registry. */
    @Setup(Level.Iteration)
    public void reset() {
        shared = new SharedRegistry(start);
    }

    private RegistrationOutcome register() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return shared.registerNow(RegistrationId.of("b" + counter.incrementAndGet()),
                events.get(random.nextInt(events.size())), PersonId.of("benchmark-person-" + random.nextInt(PEOPLE)),
                clusters.get(random.nextInt(clusters.size())), EventRole.CLUSTER_MANAGER, AttendanceMode.IN_PERSON,
                StoreWorkload.ACTOR).outcome();
    }

    /** One thread registering. */
    @Benchmark
    @Threads(1)
    public RegistrationOutcome oneThread() {
        return register();
    }

    /** Two threads registering at once. */
    @Benchmark
    @Threads(2)
    public RegistrationOutcome twoThreads() {
        return register();
    }

    /** Four threads registering at once. */
    @Benchmark
    @Threads(4)
    public RegistrationOutcome fourThreads() {
        return register();
    }
}
