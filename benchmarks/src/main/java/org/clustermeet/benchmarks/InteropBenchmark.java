package org.clustermeet.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.interop.csv.CsvImportException;
import org.clustermeet.interop.csv.OrganisationCsv;
import org.clustermeet.interop.ical.ICalendarExport;
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

/**
 * Interop on a generated registry of 100,000 organisations and 100 events: importing its cluster
 * organisations from CSV with every rule checked, against plain jackson-dataformat-csv reading the
 * same file into simple DTOs with no check; and exporting every event as iCalendar.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class InteropBenchmark {

    private Registry registry;
    private byte[] csv;
    private final CsvMapper mapper = new CsvMapper();
    /** The file's columns under the DTO's field names; the header line is skipped. */
    private final CsvSchema schema = CsvSchema.builder().addColumn("id").addColumn("name").addColumn("namePl")
            .addColumn("acronym")
            .addColumn("country").addColumn("region").addColumn("ecosystems").addColumn("founded")
            .addNumberColumn("totalMembers").addNumberColumn("smeMembers").addColumn("nace").addColumn("website")
            .addColumn("listedOnEccp").addColumn("labelLevel").addColumn("labelValidUntil").build()
            .withSkipFirstDataRow(true);

    /** A cluster organisation as a plain DTO, every field a string or a number, nothing checked. */
    public static final class OrganisationDto {
        public String id;
        public String name;
        public String namePl;
        public String acronym;
        public String country;
        public String region;
        public String ecosystems;
        public String founded;
        public int totalMembers;
        public int smeMembers;
        public String nace;
        public String website;
        public String listedOnEccp;
        public String labelLevel;
        public String labelValidUntil;
    }

    /** Generates the registry and its CSV once. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        registry = registry();
        csv = csv(registry);
    }

    static Registry registry() {
        return RegistryGenerator.generate(new RegistryGenerator.Settings(100_000, 100, 100_000, 5L));
    }

    /**
     * The cluster organisations as CSV, written on a day before any label (an import refuses
     * filled label columns: labels come in through a document).
     */
    static byte[] csv(Registry registry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OrganisationCsv.rfc4180().write(registry, LocalDate.of(1990, 1, 1), out);
        return out.toByteArray();
    }

    /** clustermeet: read, check every rule, build the registry. */
    @Benchmark
    public Registry csvImport() throws IOException, CsvImportException {
        return OrganisationCsv.rfc4180().importInto(Registry.empty(), new ByteArrayInputStream(csv), Optional.empty(),
                "organisations.csv");
    }

    /** Plain jackson-dataformat-csv into DTOs. */
    @Benchmark
    public List<OrganisationDto> csvJacksonDto() throws IOException {
        try (MappingIterator<OrganisationDto> it = mapper.readerFor(OrganisationDto.class).with(schema)
                .readValues(csv)) {
            return it.readAll();
        }
    }

    /** Every event of the registry as iCalendar, counted, not kept. */
    @Benchmark
    public long icsExportAllEvents() throws IOException {
        CountingSink out = new CountingSink();
        ICalendarExport export = ICalendarExport.of(registry);
        for (Event e : registry.events()) {
            export.write(e.id(), out);
        }
        return out.count;
    }
}
