package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.sample.Brussels2019;
import org.junit.jupiter.api.Test;

/** The fast reader reads every valid document the library writes, exactly as the tree reader does. */
class FastReaderTest {

    private static final JsonFactory FACTORY = RegistryJson.mapper(RegistryJson.DEFAULT_MAX_DOCUMENT_BYTES).getFactory();
    private final RegistryJson json = RegistryJson.defaults();

    @Test
    void validDocumentsAreReadWithoutFallingBackAndEqualTheTreeReader() throws Exception {
        for (Registry registry : List.of(Brussels2019.registry(), Fixtures.full(), Registry.empty())) {
            for (RegistryJson writer : List.of(json, json.withCompactOutput(), json.withProfile(Profile.PUBLIC))) {
                byte[] document = writer.write(registry).getBytes(StandardCharsets.UTF_8);
                assertThat(FastReader.tryRead(FACTORY, document)).as("fast read").isPresent()
                        .hasValue(json.readTree(document));
            }
        }
    }

    @Test
    void everyBadDocumentFallsBackToTheTreeReader() throws Exception {
        List<String> lines = Files.readAllLines(BadDocumentsTest.CORPUS.resolve("expectations.tsv"));
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            Path file = BadDocumentsTest.CORPUS.resolve(line.split("\t")[0]);
            assertThat(FastReader.tryRead(FACTORY, Files.readAllBytes(file))).as(file.toString()).isEmpty();
        }
    }

    @Test
    void propertiesInAnotherOrderAreLeftToTheTreeReader() throws Exception {
        byte[] reordered = ("{\"version\": 1, \"format\": \"clustermeet-registry\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(FastReader.tryRead(FACTORY, reordered)).isEmpty();
        assertThat(json.read(new String(reordered, StandardCharsets.UTF_8))).isEqualTo(Registry.empty());
    }
}
