package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonFactory;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.json.read.FastDocumentReader;

/**
 * Coverage-guided fuzzing of the reader with Jazzer. In every build the seed corpus under
 * {@code src/test/resources/org/clustermeet/json/ReadFuzzTestInputs/} runs as a regression test;
 * to fuzz for real, run {@code JAZZER_FUZZ=1 mvn -pl json -am test -Dtest=ReadFuzzTest} (see the
 * README). Findings are written next to the seeds and then run in every build.
 */
class ReadFuzzTest {

    private static final RegistryJson JSON = RegistryJson.defaults();
    private static final JsonFactory FACTORY = RegistryJson.mapper(RegistryJson.DEFAULT_MAX_DOCUMENT_BYTES).getFactory();

    @FuzzTest(maxDuration = "60s")
    void readNeverThrowsAnythingElse(byte[] data) throws Exception {
        // whatever the fast reader accepts, the strict tree reader accepts as the same registry
        Optional<Registry> fast = FastDocumentReader.tryRead(FACTORY, data);
        if (fast.isPresent()) {
            assertThat(JSON.readTree(data)).isEqualTo(fast.get());
        }
        Registry registry;
        try {
            registry = JSON.read(new ByteArrayInputStream(data));
        } catch (RegistryJsonException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.pointer()).isNotNull();
            return;
        }
        assertThat(registry.validate()).isEmpty();
        assertThat(JSON.read(JSON.write(registry))).isEqualTo(registry);
    }
}
