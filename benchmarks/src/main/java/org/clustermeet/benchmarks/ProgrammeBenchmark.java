package org.clustermeet.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.interop.frab.FrabSchedule;
import org.clustermeet.interop.programme.ProgrammeImport;
import org.clustermeet.interop.programme.ProgrammeImportException;
import org.clustermeet.interop.programme.ProgrammeResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Programmes in and out: importing the real pretalx schedule {@code pretalx-rc3.json} (from the
 * reference files, {@code ../shared/interop} or the directory in {@code -Dclustermeet.interop=DIR})
 * into an illustrative event, against plain Jackson parsing the same bytes into a tree; and the frab
 * export of every event of the generated 100-event registry.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ProgrammeBenchmark {

    /** The event the schedule goes into. */
    static final EventId CONGRESS = EventId.of("illustrative-congress");

    private byte[] schedule;
    private Registry congress;
    private Registry generated;
    private final ObjectMapper mapper = new ObjectMapper();

    /** Reads the schedule and builds both registries once. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        schedule = schedule();
        congress = congress();
        generated = InteropBenchmark.registry();
    }

    /** The bytes of pretalx-rc3.json, or a failure that says where it was looked for. */
    static byte[] schedule() throws IOException {
        Path file = Path.of(System.getProperty("clustermeet.interop", "../shared/interop"), "pretalx-rc3.json");
        if (!Files.isRegularFile(file)) {
            throw new IOException("the reference schedule " + file.toAbsolutePath().normalize() + " is not here: run "
                    + "from the repository's root beside ../shared, or give -Dclustermeet.interop=DIR");
        }
        return Files.readAllBytes(file);
    }

    /** An illustrative event in Germany over the schedule's four days. */
    static Registry congress() {
        return Registry.builder().add(Event.builder(CONGRESS, "Illustrative congress", EventKind.CONFERENCE,
                        EventSchedule.days(LocalDate.of(2020, 12, 27), LocalDate.of(2020, 12, 30)))
                .venue(Venue.of("Illustrative Hall", "Leipzig", CountryCode.of("DE"))).build()).build();
    }

    /** clustermeet: read every talk, match or add its speakers, check the registry's rules. */
    @Benchmark
    public ProgrammeResult programmeImport() throws IOException, ProgrammeImportException {
        return ProgrammeImport.into(CONGRESS).read(congress, new ByteArrayInputStream(schedule), "pretalx-rc3.json");
    }

    /** Plain Jackson: the same bytes parsed into a tree, nothing checked. */
    @Benchmark
    public JsonNode programmeJacksonTree() throws IOException {
        return mapper.readTree(schedule);
    }

    /** Every event of the generated registry as a frab schedule, counted, not kept. */
    @Benchmark
    public long frabExportAllEvents() throws IOException {
        CountingSink out = new CountingSink();
        for (Event e : generated.events()) {
            FrabSchedule.of(generated, e.id()).write(out);
        }
        return out.count;
    }
}
