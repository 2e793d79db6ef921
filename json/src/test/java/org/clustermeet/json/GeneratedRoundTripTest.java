package org.clustermeet.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.testkit.RegistryGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Synthetic registries from the testkit's generator survive a write and a read unchanged. */
class GeneratedRoundTripTest {

    @ParameterizedTest
    @ValueSource(longs = {4})
    void generatedRegistryRoundTripsThroughJson(long seed) throws Exception {
        Registry r = RegistryGenerator.generate(new RegistryGenerator.Settings(500, 40, 3_000, seed));
        assertThat(RegistryJson.defaults().read(RegistryJson.defaults().write(r))).isEqualTo(r);
    }
}
