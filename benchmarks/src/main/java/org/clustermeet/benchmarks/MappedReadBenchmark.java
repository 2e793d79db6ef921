package org.clustermeet.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.clustermeet.core.registry.Registry;
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
 * under three minutes; compare with {@code ReadBenchmark.clustermeet} at 10 MB.
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

    /** Generates the document once per trial and checks that the mapping gives the same registry. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Registry registry = Documents.registry(megabytes);
        document = RegistryJson.defaults().withMaxDocumentBytes(1L << 31).write(registry)
                .getBytes(StandardCharsets.UTF_8);
        jackson = Documents.plainMapper();
        if (!jacksonDtoMapped().equals(registry)) {
            throw new IllegalStateException("the DTO mapping gives another registry");
        }
    }

    /** Plain Jackson into DTOs, then the DTOs into validated records and a registry. */
    @Benchmark
    public Registry jacksonDtoMapped() throws IOException {
        return DtoMapping.registry(jackson.readValue(document, Dto.Document.class));
    }
}
