package org.clustermeet.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.HistoryEntry;
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
 * A registration's history (what the organiser's registration page, the API and the check-in
 * desk show) on an embedded store whose journal holds {@code rows} registrations, each its own
 * row, beside the history of everything (every row read), which is what a registration's history
 * cost when it was filtered from the whole journal. The first must not grow with the journal.
 * Illustrative data: the synthetic registry of {@link ServerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class HistoryBenchmark {

    private static final Actor ACTOR = Actor.of("benchmark");

    /** The registrations in the journal, one row each. */
    @Param({"2000", "20000"})
    public int rows;

    private Path folder;
    private RegistryStore store;
    private List<RegistrationId> registrations;

    /** A new store with {@code rows} registrations, each its own journal row. */
    @Setup(Level.Trial)
    public void fill() throws IOException {
        folder = Files.createTempDirectory("clustermeet-history-benchmark");
        store = RegistryStore.createEmbedded(folder.resolve("store"), ServerBenchmark.registry());
        for (int i = 0; i < rows; i++) {
            store.registerNow(ServerBenchmark.workshop(i), ServerBenchmark.person(i),
                    ServerBenchmark.ASSOCIATION, EventRole.ASSOCIATION_REPRESENTATIVE, AttendanceMode.IN_PERSON, ACTOR);
        }
        registrations = store.registry().registrations().stream().map(Registration::id).toList();
        if (registrations.size() != rows) {
            throw new IllegalStateException("the store holds " + registrations.size() + " registrations, not " + rows);
        }
    }

    /** Closes the store and removes its files. */
    @TearDown(Level.Trial)
    public void remove() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The history of a random registration. */
    @Benchmark
    public List<HistoryEntry> registrationHistory() {
        List<HistoryEntry> history = store.history(registrations.get(ThreadLocalRandom.current().nextInt(rows)));
        if (history.size() != 1) {
            throw new IllegalStateException("a registration's history holds " + history.size() + " entries, not 1");
        }
        return history;
    }

    /** The history of one of the workshops: every journal row read, checked and decoded. */
    @Benchmark
    public List<HistoryEntry> wholeJournal() {
        return store.history(ServerBenchmark.workshop(ThreadLocalRandom.current().nextInt(ServerBenchmark.WORKSHOPS)));
    }
}
