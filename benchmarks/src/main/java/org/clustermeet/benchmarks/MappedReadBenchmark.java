package org.clustermeet.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.json.RegistryJson;
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

/**
 * A further reading baseline, beside those of {@link ReadBenchmark}: plain Jackson into the mirror
 * DTOs and then, as a user wanting the same guarantees would go on, into clustermeet's validated
 * records and a registry ({@link DtoMapping}). Only the 10 MB document, to keep the quick mode
 * under three minutes; compare with {@code ReadBenchmark.clustermeet} at 10 MB. Beside it, the
 * part both readers share: the registry built from records already made, which with
 * {@code ReadBenchmark.streamingFloor} bounds how fast any reader of the same guarantees can be.
 * The mapping needs a long warm-up: on 2 cores it reads at 400 to 600 ms for its first 14 s or so
 * and at 60 to 80 ms once compiled, so give it {@code -w 25s} or more.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class MappedReadBenchmark {

    /** The document's size in MB. */
    @Param({"10"})
    public int megabytes;

    private byte[] document;
    private ObjectMapper jackson;
    private Registry registry;
    /** The registry's records, listed once, so that the builder benchmark measures building only. */
    private Records records;

    /** A registry's records by kind. */
    private record Records(List<Organisation> organisations, List<Person> people, List<QualityLabel> labels,
                           List<Membership> memberships, List<Event> events, List<Registration> registrations,
                           List<StatedCount> facts) {
    }

    /** Generates the document once per trial and checks that the mapping gives the same registry. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        registry = Documents.registry(megabytes);
        document = RegistryJson.defaults().withMaxDocumentBytes(1L << 31).write(registry)
                .getBytes(StandardCharsets.UTF_8);
        jackson = Documents.plainMapper();
        if (!jacksonDtoMapped().equals(registry)) {
            throw new IllegalStateException("the DTO mapping gives another registry");
        }
        records = new Records(registry.organisations(), registry.people(), registry.labels(),
                registry.memberships(), registry.events(), registry.registrations(), registry.facts());
        if (!registryFromRecords().equals(registry)) {
            throw new IllegalStateException("the builder gives another registry");
        }
    }

    /** Plain Jackson into DTOs, then the DTOs into validated records and a registry. */
    @Benchmark
    public Registry jacksonDtoMapped() throws IOException {
        return DtoMapping.registry(jackson.readValue(document, Dto.Document.class));
    }

    /**
     * The work every reader of the same guarantees ends with: the records, already made, handed
     * to the builder, which checks them all and builds the registry's maps and indexes.
     */
    @Benchmark
    public Registry registryFromRecords() {
        RegistryBuilder builder = Registry.builder();
        records.organisations().forEach(builder::add);
        records.people().forEach(builder::add);
        records.labels().forEach(builder::add);
        records.memberships().forEach(builder::add);
        records.events().forEach(builder::add);
        records.registrations().forEach(builder::add);
        records.facts().forEach(builder::add);
        return builder.build();
    }
}
