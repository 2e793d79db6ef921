package org.clustermeet.benchmarks;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a registry document of about 1, 10 and 100 MB: clustermeet (strict, validated, into the
 * domain model) against plain Jackson databind and Gson on mirror DTOs, and against Jackson's
 * streaming parser visiting every token (the floor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class ReadBenchmark {

    /** The document's size in MB. */
    @Param({"1", "10", "100"})
    public int megabytes;

    private byte[] document;
    private RegistryJson json;
    private ObjectMapper jackson;
    private Gson gson;
    private JsonFactory streaming;

    /** Generates the document once per trial. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Registry registry = Documents.registry(megabytes);
        json = RegistryJson.defaults().withMaxDocumentBytes(1L << 31);
        document = json.write(registry).getBytes(StandardCharsets.UTF_8);
        jackson = Documents.plainMapper();
        gson = new Gson();
        streaming = jackson.getFactory();
    }

    /** The document's length in bytes, for MB/s. */
    int length() {
        return document.length;
    }

    /** clustermeet: parse, bind, validate; from the bytes, as the baselines read them. */
    @Benchmark
    public Registry clustermeet() throws IOException {
        return json.read(document);
    }

    /** Plain Jackson databind into mirror DTOs, no validation. */
    @Benchmark
    public Dto.Document jacksonDto() throws IOException {
        return jackson.readValue(document, Dto.Document.class);
    }

    /** Gson into the same DTOs, no validation. */
    @Benchmark
    public Dto.Document gsonDto() throws IOException {
        try (InputStreamReader reader = new InputStreamReader(new java.io.ByteArrayInputStream(document), StandardCharsets.UTF_8)) {
            return gson.fromJson(reader, Dto.Document.class);
        }
    }

    /** The floor: Jackson's streaming parser visiting every token, binding nothing. */
    @Benchmark
    public void streamingFloor(Blackhole hole) throws IOException {
        try (JsonParser p = streaming.createParser(document)) {
            while (p.nextToken() != null) {
                hole.consume(p.currentTokenId());
            }
        }
    }
}
