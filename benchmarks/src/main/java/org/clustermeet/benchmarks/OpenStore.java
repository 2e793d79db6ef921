package org.clustermeet.benchmarks;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.store.RegistryStore;
import org.clustermeet.testkit.RegistryGenerator;

/**
 * Opening an embedded store that holds 1,000,000 registrations (its snapshot, checked against its
 * checksum, and an empty journal after it) against reading the same registry's document from a
 * file, alternately in one JVM: one of each to warm up, then {@value #ROUNDS} of each, compared by
 * their medians. Not a JMH benchmark: one operation takes seconds, and the store takes a minute to
 * create.
 */
final class OpenStore {

    private static final int ROUNDS = 3;

    private OpenStore() {
    }

    /** Milliseconds: the median opening and the median reading. */
    record Times(double openMillis, double readMillis, long registrations) {

        double ratio() {
            return openMillis / readMillis;
        }
    }

    /**
     * Measures alone and prints the table.
     *
     * @param args none
     * @throws Exception if the files cannot be written
     */
    public static void main(String[] args) throws Exception {
        print(measure(System.err), System.out);
    }

    /**
     * Creates the store and the document in a temporary folder, measures, and removes them.
     *
     * @param out where progress goes
     * @return the medians
     * @throws Exception if the files cannot be written
     */
    static Times measure(PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("clustermeet-open-store");
        try {
            Path doc = dir.resolve("document.json");
            Path db = dir.resolve("store.mv.db");
            RegistryJson json = RegistryJson.defaults().withMaxDocumentBytes(Long.MAX_VALUE);
            long registrations;
            {
                Registry registry = RegistryGenerator.generate(new RegistryGenerator.Settings(100_000, 100, 1_000_000, 7));
                registrations = registry.registrations().size();
                json.save(registry, doc);
                RegistryStore.createEmbedded(db, registry).close();
            }
            out.printf(Locale.ROOT, "store and document of %,d registrations written%n", registrations);
            double[] open = new double[ROUNDS + 1];
            double[] read = new double[ROUNDS + 1];
            for (int i = 0; i <= ROUNDS; i++) {
                System.gc();
                long t0 = System.nanoTime();
                try (RegistryStore store = RegistryStore.openEmbedded(db)) {
                    open[i] = (System.nanoTime() - t0) / 1e6;
                    check(store.registry(), registrations);
                }
                System.gc();
                long t1 = System.nanoTime();
                check(json.read(doc), registrations);
                read[i] = (System.nanoTime() - t1) / 1e6;
                out.printf(Locale.ROOT, "open %.0f ms, read %.0f ms%n", open[i], read[i]);
            }
            return new Times(median(open), median(read), registrations);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void check(Registry registry, long registrations) {
        if (registry.registrations().size() != registrations) {
            throw new IllegalStateException("read " + registry.registrations().size() + " registrations, not "
                    + registrations);
        }
    }

    /** The median of the rounds after the first, which warms up. */
    private static double median(double[] times) {
        double[] measured = Arrays.copyOfRange(times, 1, times.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    /**
     * Prints the table.
     *
     * @param times what {@link #measure} found
     * @param out   where the table goes
     */
    static void print(Times times, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "Opening an embedded store of %,d registrations against reading its document from a "
                + "file (medians of %d, after one of each)%n", times.registrations(), ROUNDS);
        out.println("| open the store ms | read the file ms | open vs read |");
        out.println("|---|---|---|");
        out.printf(Locale.ROOT, "| %.0f | %.0f | %.2fx |%n", times.openMillis(), times.readMillis(), times.ratio());
    }
}
