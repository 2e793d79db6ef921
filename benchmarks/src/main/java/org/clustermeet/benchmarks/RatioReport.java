package org.clustermeet.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.clustermeet.core.workflow.SharedRegistry;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.json.RegistryJson;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark and prints one table of ratios measured side by side in the same run.
 * Without arguments it runs the quick mode: 1 fork, 1 warm-up and 2 measured iterations of 1 s
 * (for the document benchmarks a 5 s warm-up, 25 s for the mapped baseline, and 2 s iterations,
 * so that reads of 10 and 100 MB are measured compiled; the same 5 s and 2 s for durable registrations and
 * the server, 15 s and 3 s for the CSV import, 3 s and 2 s for the edits). Any JMH option given replaces the
 * quick defaults, for example {@code -f 2 -wi 5 -i 5}.
 */
public final class RatioReport {

    private static final String PACKAGE = "org.clustermeet.benchmarks.";

    /** Document sizes in MB by benchmark size, measured once. */
    private static final Map<Integer, Double> MEGABYTES = new HashMap<>();

    private RatioReport() {
    }

    /**
     * Runs the benchmarks and prints the table.
     *
     * @param args JMH options, optional
     * @throws Exception if JMH fails
     */
    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        boolean quickMode = args.length == 0;
        long started = System.nanoTime();
        List<RunResult> results = new ArrayList<>();
        if (quickMode) {
            // a 10 MB read takes about 50 ms once compiled: a 1 s warm-up measured the JIT compiler,
            // not the reader, and made the cost per MB look lower at 100 MB than at 10 MB
            results.addAll(new Runner(options(cli, PACKAGE + "(Read|Write)Benchmark", 1, 5, 2)).run());
            // plain Jackson plus the mapping still ran at 400 to 600 ms a read after 14 s, then at
            // 60 to 80 ms: its baseline is judged compiled, as the reader is
            results.addAll(new Runner(options(cli, PACKAGE + "MappedReadBenchmark", 1, 25, 2)).run());
            results.addAll(new Runner(options(cli, PACKAGE + "(Registration|Programme)Benchmark", 1, 1, 1)).run());
            // replacing an organisation among 100,000 took 23.6 us in its first second, then 6.1 to
            // 7.2: after a 1 s warm-up its growth from 10,000 measured the compiler now and then
            results.addAll(new Runner(options(cli, PACKAGE + "EditBenchmark", 1, 3, 2)).run());
            // a durable registration went 800, 2,100, 3,800, 2,700 and then 5,700 a second in its first
            // five seconds: after a 1 s warm-up the store was measured half compiled against a
            // database limit that is plain JDBC, compiled at once
            results.addAll(new Runner(options(cli, PACKAGE + "(Store|SaveDocument)Benchmark", 1, 5, 2)).run());
            // an import of 100,000 organisations takes about 300 ms: after 1 s of warm-up it measured
            // the compiler and the heap's first growth, and two runs differed by a factor of two
            results.addAll(new Runner(options(cli, PACKAGE + "InteropBenchmark", 1, 15, 3)).run());
            // run in the report's own JVM, the indexed queries slowed during their own measurement
            // (Gold holders 15,159, then 5,592 and 3,596 a second) and judged the report's JVM: each
            // forks, and generates its registry of 1,000,000 registrations in its own JVM
            results.addAll(new Runner(options(cli, PACKAGE + "QueryBenchmark", 1, 1, 1)).run());
            // Jetty, Javalin and Jackson on the answer's path need seconds of compiling: after a 1 s
            // warm-up an answer measured 2.4 ms, after 2 s 0.9 ms. One client answering, in 5 s
            // steps: 1,638, 776, 640, 674, 577, 557 us, then 550 to 620, with the JIT compiler busy
            // half of one core 10 to 20 s in. One client registering through the store, in 2 s
            // steps: 493, 290, 194, 244, 239, 257 us, then 250 to 290 as its file grows. One client
            // gets 15 s (in 15 s and the measurement the store, at its fastest, registers 130,000 of
            // the 150,000 invited people), sixteen clients 5 s (in which the store's sixteen threads
            // register about as many)
            results.addAll(new Runner(options(cli, PACKAGE + "ServerBenchmark\\.\\w+OneClient", 1, 15, 2)).run());
            results.addAll(new Runner(options(cli, PACKAGE + "ServerBenchmark\\.\\w+SixteenClients", 1, 5, 2)).run());
        } else {
            results.addAll(new Runner(options(cli, PACKAGE
                    + "(Read|MappedRead|Write|Query|Registration|Edit|Store|SaveDocument|Interop|Programme|Server)Benchmark", 1, 1, 1))
                    .run());
        }
        // not a JMH benchmark: child JVMs with ever tighter heaps, on a document of about 100 MB
        List<ReadHeap.Least> heaps = ReadHeap.measure(100, System.err);
        RetainedHeap.Kept kept = RetainedHeap.measure(System.err);
        OpenStore.Times opening = OpenStore.measure(System.err);
        print(results, (System.nanoTime() - started) / 1_000_000_000L, System.out);
        ReadHeap.print(heaps, System.out);
        RetainedHeap.print(kept, System.out);
        OpenStore.print(opening, System.out);
    }

    private static Options options(CommandLineOptions cli, String include, int forks, int warmupSeconds,
                                   int measurementSeconds) {
        return new OptionsBuilder().include(include).forks(forks).warmupIterations(1).measurementIterations(2)
                .warmupTime(TimeValue.seconds(warmupSeconds)).measurementTime(TimeValue.seconds(measurementSeconds))
                .parent(cli).build();
    }

    private static String key(RunResult r) {
        String name = r.getParams().getBenchmark();
        String benchmark = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
        String size = r.getParams().getParam("megabytes");
        if (size == null) {
            size = r.getParams().getParam("thousands");
        }
        if (size == null) {
            size = r.getParams().getParam("db");
        }
        return size == null ? benchmark : benchmark + "@" + size;
    }

    static void print(Collection<RunResult> results, long seconds, PrintStream out) {
        Map<String, Double> score = new HashMap<>();
        for (RunResult r : results) {
            score.put(key(r), r.getPrimaryResult().getScore());
            if (r.getParams().getMode() == Mode.SampleTime) {
                score.put(key(r) + "#p99", r.getPrimaryResult().getStatistics().getPercentile(99.0));
            }
        }
        out.println();
        out.printf(Locale.ROOT, "clustermeet benchmarks, measured side by side in one run (%d s); JDK %s%n", seconds,
                System.getProperty("java.version"));
        out.println();
        out.println("Documents: MB/s (higher is better) and clustermeet's speed as a share of each baseline");
        out.println("| size | op | clustermeet | Jackson DTO | Gson DTO | streaming floor | vs Jackson | vs Gson | vs floor |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        Map<String, Double> perMb = new HashMap<>();
        for (String op : new String[] {"Read", "Write"}) {
            for (String size : new String[] {"1", "10", "100"}) {
                Double c = score.get(op + "Benchmark.clustermeet@" + size);
                if (c == null) {
                    continue;
                }
                double mb = documentMegabytes(Integer.parseInt(size));
                double j = score.getOrDefault(op + "Benchmark.jacksonDto@" + size, Double.NaN);
                double g = score.getOrDefault(op + "Benchmark.gsonDto@" + size, Double.NaN);
                double f = score.getOrDefault(op + "Benchmark.streamingFloor@" + size, Double.NaN);
                perMb.put(op + size, 1000.0 / (c * mb));
                out.printf(Locale.ROOT, "| %.1f MB | %s | %.1f | %.1f | %.1f | %.1f | %.2fx | %.2fx | %.2fx |%n", mb,
                        op.toLowerCase(Locale.ROOT), c * mb, j * mb, g * mb, f * mb, c / j, c / g, c / f);
            }
        }
        for (String op : new String[] {"Read", "Write"}) {
            if (perMb.containsKey(op + "1") && perMb.containsKey(op + "10") && perMb.containsKey(op + "100")) {
                out.printf(Locale.ROOT, "%s cost per MB: %.1f ms at 1 MB, %.1f ms at 10 MB, %.1f ms at 100 MB "
                                + "(100 MB against 10 MB: %.2fx)%n", op, perMb.get(op + "1"), perMb.get(op + "10"),
                        perMb.get(op + "100"), perMb.get(op + "100") / perMb.get(op + "10"));
            }
        }
        printSameGuarantees(score, out);
        out.println();
        out.println("Queries on 100,000 organisations and 1,000,000 registrations: operations/s");
        out.println("| query | indexed | scan | speed-up |");
        out.println("|---|---|---|---|");
        String[][] queries = {{"Gold holders in a country on a date", "GoldInCountry"},
                {"members of an association on a date", "Members"}, {"an event's report", "Report"},
                {"eligibility of one registration", "Eligibility"}};
        for (String[] q : queries) {
            Double indexed = score.get("QueryBenchmark.indexed" + q[1]);
            Double scan = score.get("QueryBenchmark.scan" + q[1]);
            if (indexed != null && scan != null) {
                out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.0fx |%n", q[0], indexed, scan, indexed / scan);
            }
        }
        Double fresh = score.get("QueryBenchmark.freshViewReport");
        Double reportScan = score.get("QueryBenchmark.scanReport");
        if (fresh != null && reportScan != null) {
            out.printf(Locale.ROOT, "An event's report on a new view each time, as the server and the command line make it: "
                    + "%.1f/s (%.1f ms), %.2fx the scan%n", fresh, 1000 / fresh, fresh / reportScan);
        }
        out.println();
        out.println("Registrations/s through one SharedRegistry");
        out.println("| threads | registrations/s |");
        out.println("|---|---|");
        String[][] threads = {{"1", "oneThread"}, {"2", "twoThreads"}, {"4", "fourThreads"}};
        for (String[] t : threads) {
            Double s = score.get("RegistrationBenchmark." + t[1]);
            if (s != null) {
                out.printf(Locale.ROOT, "| %s | %.0f |%n", t[0], s);
            }
        }
        out.println();
        out.println("One edit: microseconds (lower is better) at 10,000 organisations / 100,000 registrations and ten times that");
        out.println("| operation | 10k / 100k | 100k / 1M | growth |");
        out.println("|---|---|---|---|");
        String[][] edits = {{"replace an organisation", "replaceOrganisation"}, {"add an organisation", "addOrganisation"},
            {"full validation (the old cost of every edit)", "fullValidation"}};
        for (String[] e : edits) {
            Double small = score.get("EditBenchmark." + e[1] + "@10");
            Double large = score.get("EditBenchmark." + e[1] + "@100");
            if (small != null && large != null) {
                out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2fx |%n", e[0], small, large, large / small);
            }
        }
        Double edit = score.get("EditBenchmark.replaceOrganisation@10");
        Double full = score.get("EditBenchmark.fullValidation@10");
        if (edit != null && full != null) {
            // as a fraction the share rounds to 0.0000 once the edit is 20,000 times faster: print its inverse
            out.printf(Locale.ROOT, "Replacing an organisation at 10k / 100k costs 1/%.0f of a full validation%n",
                    full / edit);
        }
        printStore(score, out);
        printServer(score, out);
        printInterop(score, out);
        printProgramme(score, out);
    }

    /** The durable-registration table: the store against saving the whole document, and against the database's limit. */
    private static void printStore(Map<String, Double> score, PrintStream out) {
        out.println();
        out.println("Durable registrations/s on a registry with 10,000 registrations (each answered after its commit)");
        out.println("| database | threads | store | save whole document | store vs save | database limit | store vs limit |");
        out.println("|---|---|---|---|---|---|---|");
        String[][] threads = {{"1", "OneThread", "oneThread"}, {"4", "FourThreads", "fourThreads"},
                {"16", "SixteenThreads", "sixteenThreads"}};
        for (String db : new String[] {"h2", "postgresql"}) {
            for (String[] t : threads) {
                Double store = score.get("StoreBenchmark.store" + t[1] + "@" + db);
                Double limit = score.get("StoreBenchmark.limit" + t[1] + "@" + db);
                Double save = score.get("SaveDocumentBenchmark." + t[2]);
                if (store != null && limit != null) {
                    out.printf(Locale.ROOT, "| %s | %s | %.0f | %s | %s | %.0f | %.2f of it |%n",
                            db.equals("h2") ? "H2 file" : "PostgreSQL", t[0], store,
                            save == null ? "" : String.format(Locale.ROOT, "%.1f", save),
                            save == null ? "" : String.format(Locale.ROOT, "%.0fx", store / save), limit,
                            store / limit);
                }
            }
        }
    }

    /**
     * The registration server's table: registrations per second through HTTP and through the store
     * directly (clients divided by the mean time of one), the 99th percentile, and the share of the
     * store's rate that HTTP keeps (the target is at least half). Beside them, invitations opened
     * per second through HTTP (an answer's work without the registration) and the share of the
     * store's rate that HTTP could keep at most on these cores, were opening and registering to add
     * up and nothing else: {@code open / (open + store)}, with the clients on the same cores.
     */
    private static void printServer(Map<String, Double> score, PrintStream out) {
        out.println();
        out.println("Durable registrations through the registration server's HTTP API and through the store directly "
                + "(embedded H2)");
        out.println("| clients | HTTP /s | HTTP p99 ms | store /s | store p99 ms | HTTP vs store | HTTP opening /s "
                + "| at most, HTTP and store adding up |");
        out.println("|---|---|---|---|---|---|---|---|");
        for (String[] c : new String[][] {{"1", "OneClient"}, {"16", "SixteenClients"}}) {
            Double http = score.get("ServerBenchmark.http" + c[1]);
            Double store = score.get("ServerBenchmark.store" + c[1]);
            Double open = score.get("ServerBenchmark.httpOpen" + c[1]);
            if (http == null || store == null) {
                continue;
            }
            int clients = Integer.parseInt(c[0]);
            double httpRate = clients * 1e6 / http;
            double storeRate = clients * 1e6 / store;
            String opening = open == null ? "–" : String.format(Locale.ROOT, "%.0f", clients * 1e6 / open);
            String ceiling = open == null ? "–" : String.format(Locale.ROOT, "%.2f of it",
                    (clients * 1e6 / open) / (clients * 1e6 / open + storeRate));
            out.printf(Locale.ROOT, "| %d | %.0f | %.2f | %.0f | %.2f | %.2f of it | %s | %s |%n", clients, httpRate,
                    score.get("ServerBenchmark.http" + c[1] + "#p99") / 1000, storeRate,
                    score.get("ServerBenchmark.store" + c[1] + "#p99") / 1000, httpRate / storeRate, opening,
                    ceiling);
        }
    }

    /** The interop table: CSV import against plain Jackson CSV, and iCalendar export speed. */
    private static void printInterop(Map<String, Double> score, PrintStream out) {
        Double csv = score.get("InteropBenchmark.csvImport");
        Double dto = score.get("InteropBenchmark.csvJacksonDto");
        Double ics = score.get("InteropBenchmark.icsExportAllEvents");
        if (csv == null || dto == null || ics == null) {
            return;
        }
        try {
            Registry registry = InteropBenchmark.registry();
            byte[] bytes = InteropBenchmark.csv(registry);
            long calendars = 0;
            org.clustermeet.interop.ical.ICalendarExport export = org.clustermeet.interop.ical.ICalendarExport.of(registry);
            for (var e : registry.events()) {
                calendars += export.write(e.id()).getBytes(StandardCharsets.UTF_8).length;
            }
            out.println();
            out.printf(Locale.ROOT, "Interop on a generated registry of 100,000 organisations and %d events%n",
                    registry.events().size());
            out.println("| operation | clustermeet | plain Jackson CSV DTOs | ratio |");
            out.println("|---|---|---|---|");
            out.printf(Locale.ROOT, "| CSV import of %,d cluster organisations (%.1f MB), every rule checked | %.2f/s "
                    + "(%.1f MB/s) | %.2f/s (%.1f MB/s) | %.2fx |%n", registry.clusterOrganisations().size(),
                    bytes.length / 1e6, csv, csv * bytes.length / 1e6, dto, dto * bytes.length / 1e6, csv / dto);
            out.printf(Locale.ROOT, "iCalendar export of all %d events: %.1f MB in %.1f ms (%.1f MB/s)%n",
                    registry.events().size(), calendars / 1e6, 1000 / ics, ics * calendars / 1e6);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The programme table: a real schedule imported against plain Jackson's tree, and the frab export. */
    private static void printProgramme(Map<String, Double> score, PrintStream out) {
        Double imported = score.get("ProgrammeBenchmark.programmeImport");
        Double tree = score.get("ProgrammeBenchmark.programmeJacksonTree");
        Double frab = score.get("ProgrammeBenchmark.frabExportAllEvents");
        if (imported == null || tree == null || frab == null) {
            return;
        }
        try {
            byte[] schedule = ProgrammeBenchmark.schedule();
            Registry registry = InteropBenchmark.registry();
            CountingSink counted = new CountingSink();
            for (var e : registry.events()) {
                org.clustermeet.interop.frab.FrabSchedule.of(registry, e.id()).write(counted);
            }
            out.println();
            out.println("Programmes: pretalx-rc3.json in, frab schedule.json out");
            out.println("| operation | clustermeet | plain Jackson tree | ratio |");
            out.println("|---|---|---|---|");
            out.printf(Locale.ROOT, "| import of pretalx-rc3.json (%.2f MB, 48 talks) into an event | %.1f/s (%.1f ms) "
                    + "| %.1f/s (%.1f ms) | %.2fx |%n", schedule.length / 1e6, imported, 1000 / imported, tree,
                    1000 / tree, imported / tree);
            out.printf(Locale.ROOT, "frab export of all %d events: %.1f MB in %.1f ms (%.1f MB/s)%n",
                    registry.events().size(), counted.count / 1e6, 1000 / frab, frab * counted.count / 1e6);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The size of a benchmark document in MB, generated once per size. */
    /**
     * Reading 10 MB against what a user writes for the same guarantees, and the most any reader
     * could reach: both end in the same builder checks and tables, and no reader parses faster
     * than the streaming floor, so mapped / (floor + building) bounds the ratio.
     */
    private static void printSameGuarantees(Map<String, Double> score, PrintStream out) {
        Double mapped = score.get("MappedReadBenchmark.jacksonDtoMapped@10");
        Double read10 = score.get("ReadBenchmark.clustermeet@10");
        if (mapped == null || read10 == null) {
            return;
        }
        double mb = documentMegabytes(10);
        out.printf(Locale.ROOT, "Reading 10 MB with the same guarantees: clustermeet %.1f MB/s, Jackson DTO then mapped "
                + "to clustermeet's records %.1f MB/s (%.2fx)%n", read10 * mb, mapped * mb, read10 / mapped);
        Double build = score.get("MappedReadBenchmark.registryFromRecords@10");
        Double floor = score.get("ReadBenchmark.streamingFloor@10");
        if (build != null && floor != null) {
            double readMs = 1000 / read10;
            double mappedMs = 1000 / mapped;
            double buildMs = 1000 / build;
            double floorMs = 1000 / floor;
            out.printf(Locale.ROOT, "  per read: clustermeet %.1f ms, mapped %.1f ms; both include building the registry "
                            + "from its records (%.1f ms); the token floor is %.1f ms; clustermeet's own work %.1f ms; "
                            + "a reader costing only floor + building would reach %.2fx%n", readMs, mappedMs, buildMs,
                    floorMs, readMs - buildMs - floorMs, mappedMs / (buildMs + floorMs));
        }
    }

    private static double documentMegabytes(int size) {
        return MEGABYTES.computeIfAbsent(size, n -> {
            try {
                return RegistryJson.defaults().withMaxDocumentBytes(1L << 31).write(Documents.registry(n))
                        .getBytes(StandardCharsets.UTF_8).length / 1_000_000.0;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
