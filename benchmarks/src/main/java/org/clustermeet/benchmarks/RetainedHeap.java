package org.clustermeet.benchmarks;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.clustermeet.json.RegistryJson;
import org.clustermeet.testkit.RegistryGenerator;

/**
 * The heap a registry keeps once read, split between its registrations and its organisations: the
 * generated document of 100,000 organisations, 100 events and 1,000,000 registrations (what
 * {@code clustermeet generate --organisations 100000 --events 100 --registrations 1000000 --seed 7}
 * writes) and the same document without registrations are each read from a file in a child JVM,
 * which reports the heap in use after a full collection. A registration's share is the difference
 * divided by the registrations (the people who registered come with them); an organisation's is what
 * the second document keeps divided by the organisations (their labels, memberships and the events
 * included). Everything in the heap counts, the Java objects' headers and the maps' nodes included.
 */
final class RetainedHeap {

    private static final int ORGANISATIONS = 100_000;
    private static final int EVENTS = 100;
    private static final int REGISTRATIONS = 1_000_000;
    private static final long SEED = 7;
    /** Enough for either document: reading the larger one needs about 384 MiB. */
    private static final int CHILD_HEAP_MIB = 2048;

    private RetainedHeap() {
    }

    /** What the registry keeps: with and without its registrations, in bytes. */
    record Kept(long withRegistrations, long withoutRegistrations, long registrations, long organisations) {

        double perRegistration() {
            return (double) (withRegistrations - withoutRegistrations) / registrations;
        }

        double perOrganisation() {
            return (double) withoutRegistrations / organisations;
        }
    }

    /**
     * Measures alone and prints the table.
     *
     * @param args none
     * @throws Exception if a child cannot be started or fails
     */
    public static void main(String[] args) throws Exception {
        print(measure(System.err), System.out);
    }

    /**
     * Reads both documents in child JVMs.
     *
     * @param out where progress goes
     * @return what the registries keep
     * @throws Exception if a child cannot be started or fails
     */
    static Kept measure(PrintStream out) throws Exception {
        long with = kept(REGISTRATIONS, out);
        long without = kept(0, out);
        return new Kept(with, without, REGISTRATIONS, ORGANISATIONS);
    }

    private static long kept(int registrations, PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("clustermeet-retained-heap");
        Path doc = dir.resolve("document.json");
        try {
            RegistryJson.defaults().withMaxDocumentBytes(Long.MAX_VALUE).save(RegistryGenerator.generate(
                    new RegistryGenerator.Settings(ORGANISATIONS, EVENTS, registrations, SEED)), doc);
            String ok = ReadHeap.run("file", doc, CHILD_HEAP_MIB, 600_000);
            if (ok == null) {
                throw new IllegalStateException("reading the generated document with " + registrations
                        + " registrations failed in a child JVM with -Xmx" + CHILD_HEAP_MIB + "m");
            }
            long bytes = Long.parseLong(ok.split(" ")[2]);
            out.printf(Locale.ROOT, "%,d registrations: the registry keeps %,d bytes%n", registrations, bytes);
            return bytes;
        } finally {
            Files.deleteIfExists(doc);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Prints the table.
     *
     * @param kept what {@link #measure} found
     * @param out  where the table goes
     */
    static void print(Kept kept, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "Heap the registry keeps after reading %,d organisations, %d events and %,d registrations "
                + "(generated, seed %d), everything included%n", ORGANISATIONS, EVENTS, REGISTRATIONS, SEED);
        out.println("| registry kept MiB | without its registrations MiB | per registration (bytes) | per organisation (bytes) |");
        out.println("|---|---|---|---|");
        out.printf(Locale.ROOT, "| %.0f | %.0f | %.0f | %.0f |%n", kept.withRegistrations() / 1048576.0,
                kept.withoutRegistrations() / 1048576.0, kept.perRegistration(), kept.perOrganisation());
    }
}
