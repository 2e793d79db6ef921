package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.clustermeet.core.registry.Registry;

/**
 * Coverage-guided fuzzing of the reader with Jazzer. In every build the seed corpus under
 * {@code src/test/resources/org/clustermeet/json/ReadFuzzTestInputs/} runs as a regression test;
 * to fuzz for real, run {@code JAZZER_FUZZ=1 mvn -pl json -am test -Dtest=ReadFuzzTest} (see the
 * docs/security.md). Findings are written next to the seeds and then run in every build.
 */
class ReadFuzzTest {

    private static final RegistryJson JSON = RegistryJson.defaults();

    @FuzzTest(maxDuration = "60s")
    void readNeverThrowsAnythingElse(byte[] data) throws Exception {
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
