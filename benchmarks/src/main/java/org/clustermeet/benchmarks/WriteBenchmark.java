package org.clustermeet.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
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
 * Writing the same registry as an indented document of about 1, 10 and 100 MB: clustermeet
 * (canonical) against plain Jackson databind and Gson on mirror DTOs, and against Jackson's
 * generator writing the same tokens (the floor). Output goes to a sink that only counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class WriteBenchmark {

    /** The document's size in MB. */
    @Param({"1", "10", "100"})
    public int megabytes;

    private Registry registry;
    private Dto.Document dto;
    private TokenBuffer tokens;
    private RegistryJson json;
    private ObjectWriter jackson;
    private Gson gson;
    private JsonFactory streaming;

    /** Builds the registry, its DTO mirror and its tokens once per trial. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        registry = Documents.registry(megabytes);
        json = RegistryJson.defaults().withMaxDocumentBytes(1L << 31);
        byte[] document = json.write(registry).getBytes(StandardCharsets.UTF_8);
        ObjectMapper mapper = Documents.plainMapper();
        dto = mapper.readValue(document, Dto.Document.class);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        jackson = mapper.writer(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
        gson = new GsonBuilder().setPrettyPrinting().create();
        streaming = mapper.getFactory();
        tokens = new TokenBuffer(mapper, false);
        try (JsonParser p = streaming.createParser(document)) {
            p.nextToken();
            tokens.copyCurrentStructure(p);
        }
    }

    /** clustermeet: canonical document from the domain model. */
    @Benchmark
    public long clustermeet() throws IOException {
        CountingSink sink = new CountingSink();
        json.write(registry, sink);
        return sink.count;
    }

    /** Plain Jackson databind from mirror DTOs. */
    @Benchmark
    public long jacksonDto() throws IOException {
        CountingSink sink = new CountingSink();
        jackson.writeValue(sink, dto);
        return sink.count;
    }

    /** Gson from the same DTOs. */
    @Benchmark
    public long gsonDto() throws IOException {
        CountingSink sink = new CountingSink();
        try (Writer w = new OutputStreamWriter(sink, StandardCharsets.UTF_8)) {
            gson.toJson(dto, w);
        }
        return sink.count;
    }

    /** The floor: Jackson's generator writing the same tokens, indented. */
    @Benchmark
    public long streamingFloor() throws IOException {
        CountingSink sink = new CountingSink();
        try (JsonParser p = tokens.asParser(); JsonGenerator g = streaming.createGenerator(sink)) {
            g.useDefaultPrettyPrinter();
            p.nextToken();
            g.copyCurrentStructure(p);
        }
        return sink.count;
    }
}
