package org.clustermeet.benchmarks;

import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.json.RegistryJson;

/**
 * The least heap a document can be read in, found by reading it in child JVMs with ever tighter
 * {@code -Xmx}: from its file (parsed as read), from a one-shot stream (spooled as read), and, as
 * the baseline that holds the whole document, from its bytes in memory. A child also reports the
 * heap the registry keeps once read, so the report shows what reading costs beyond the result.
 */
final class ReadHeap {

    /** How finely the least heap is found, in MiB. */
    private static final int STEP = 8;
    private static final int FAILED = 3;

    private ReadHeap() {
    }

    /**
     * Without arguments, measures the ratio report's 100 MB document and prints the table; with
     * them, a child's work: reads the document one way and prints the registrations and the heap kept.
     *
     * @param args none, or {@code file|stream|bytes} and the document's path
     * @throws Exception if the document cannot be read or a child cannot be started
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            print(measure(100, System.err), System.out);
            return;
        }
        Path file = Path.of(args[1]);
        RegistryJson json = RegistryJson.defaults().withMaxDocumentBytes(Long.MAX_VALUE);
        Registry registry = switch (args[0]) {
            case "file" -> json.read(file);
            case "stream" -> {
                try (InputStream in = Files.newInputStream(file)) {
                    yield json.read(in);
                }
            }
            default -> json.read(Files.readAllBytes(file));
        };
        System.gc();
        long kept = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println("OK " + registry.registrations().size() + " " + kept);
    }

    /** The least heap of one way of reading, and what the registry keeps. */
    record Least(String way, int mebibytes, long keptBytes) {
    }

    /**
     * Finds the least heap each way of reading a generated document needs.
     *
     * @param megabytes the document's size, about
     * @param out       where progress goes
     * @return the least heaps, and the document's size in bytes first
     * @throws Exception if a child cannot be started
     */
    static List<Least> measure(int megabytes, PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("clustermeet-read-heap");
        Path doc = dir.resolve("document.json");
        try {
            RegistryJson.defaults().withMaxDocumentBytes(Long.MAX_VALUE).save(Documents.registry(megabytes), doc);
            long size = Files.size(doc);
            List<Least> found = new ArrayList<>();
            found.add(new Least("document", (int) (size >> 20), size));
            for (String way : List.of("file", "stream", "bytes")) {
                found.add(least(way, doc, Math.max(STEP, (int) (size >> 20) * 4 / STEP * STEP), out));
            }
            return found;
        } finally {
            Files.deleteIfExists(doc);
            Files.deleteIfExists(dir);
        }
    }

    private static Least least(String way, Path doc, int start, PrintStream out) throws Exception {
        int high = start;
        long began = System.nanoTime();
        String ok = run(way, doc, high, TimeUnit.MINUTES.toMillis(10));
        while (ok == null) {
            high *= 2;
            began = System.nanoTime();
            ok = run(way, doc, high, TimeUnit.MINUTES.toMillis(10));
        }
        // near its limit a JVM can spend minutes collecting garbage: five times the roomy run's time is too tight
        long patience = Math.max(20_000, 5 * (System.nanoTime() - began) / 1_000_000);
        int low = STEP;
        while (high - low > STEP) {
            int mid = low + Math.max(STEP, (high - low) / 2 / STEP * STEP);
            String r = run(way, doc, mid, patience);
            if (r == null) {
                low = mid;
            } else {
                high = mid;
                ok = r;
            }
        }
        String[] parts = ok.split(" ");
        out.printf(Locale.ROOT, "read from %s: least heap %d MiB%n", way, high);
        return new Least(way, high, Long.parseLong(parts[2]));
    }

    /**
     * Reads in a child JVM with this much heap; its "OK" line, or null when it ran out of memory or
     * took longer than {@code millis}.
     */
    static String run(String way, Path doc, int mebibytes, long millis) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + mebibytes + "m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                ReadHeap.class.getName(), way, doc.toString());
        Path output = Files.createTempFile("clustermeet-read-heap", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!p.waitFor(millis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                return null;
            }
            try (var lines = Files.lines(output)) {
                return lines.filter(l -> l.startsWith("OK ")).findFirst().orElse(null);
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * Prints the table.
     *
     * @param least what {@link #measure} found
     * @param out   where the table goes
     */
    static void print(List<Least> least, PrintStream out) {
        long size = least.get(0).keptBytes();
        out.println();
        out.printf(Locale.ROOT, "Reading a %.0f MB document: the least -Xmx that reads it (child JVMs, %d MiB steps)%n",
                size / 1e6, STEP);
        out.println("| read from | least heap MiB | registry kept MiB | beyond the registry MiB |");
        out.println("|---|---|---|---|");
        for (Least l : least.subList(1, least.size())) {
            double kept = l.keptBytes() / 1048576.0;
            out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f |%n", l.way(), l.mebibytes(), kept, l.mebibytes() - kept);
        }
    }
}
