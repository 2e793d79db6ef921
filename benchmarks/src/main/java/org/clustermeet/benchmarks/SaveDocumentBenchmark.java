package org.clustermeet.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.SharedRegistry;
import org.clustermeet.json.RegistryJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * What a user does today to make a registration durable, the baseline of {@link StoreBenchmark}:
 * register through a {@link SharedRegistry}, then save the whole document atomically
 * ({@link RegistryJson#save}) before answering. Saves are one at a time, so that no thread
 * answers before the file holds its registration. Same registry as the store's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class SaveDocumentBenchmark {

    private final RegistryJson json = RegistryJson.defaults().withCompactOutput();
    private Registry registry;
    private OrganisationId organisation;
    private Path file;
    private SharedRegistry shared;
    private final AtomicInteger people = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong();
    private final Object saving = new Object();

    /** Builds the registry once. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        registry = StoreWorkload.registry();
        organisation = StoreWorkload.organisation(registry);
        file = Files.createTempFile("clustermeet-save-benchmark", ".json");
    }

    /** Starts every iteration from the same registry. */
    @Setup(Level.Iteration)
    public void reset() {
        shared = new SharedRegistry(registry, StoreWorkload.CLOCK);
        people.set(0);
    }

    /** Removes the file. */
    @TearDown(Level.Trial)
    public void remove() throws IOException {
        Files.deleteIfExists(file);
    }

    private RegistrationOutcome registerAndSave() throws IOException {
        int i = StoreWorkload.next(people);
        RegistrationOutcome outcome = StoreWorkload.accepted(shared.registerNow(
                RegistrationId.of("save-" + ids.incrementAndGet()), StoreWorkload.workshop(i),
                StoreWorkload.person(i), organisation, EventRole.OBSERVER, StoreWorkload.inPerson(),
                StoreWorkload.ACTOR).outcome());
        synchronized (saving) {
            json.save(shared.registry(), file);
        }
        return outcome;
    }

    /** One thread. */
    @Benchmark
    @Threads(1)
    public RegistrationOutcome oneThread() throws IOException {
        return registerAndSave();
    }

    /** Four threads. */
    @Benchmark
    @Threads(4)
    public RegistrationOutcome fourThreads() throws IOException {
        return registerAndSave();
    }
}
