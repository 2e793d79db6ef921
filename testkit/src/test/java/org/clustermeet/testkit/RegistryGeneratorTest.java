package org.clustermeet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryGeneratorTest {

    private static Registry generate(long seed) {
        return RegistryGenerator.generate(new RegistryGenerator.Settings(500, 40, 3_000, seed));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 20191204})
    void generatedRegistryHasTheRequestedCountsAndValidates(long seed) {
        Registry r = generate(seed);
        assertThat(r.organisations()).hasSize(500);
        assertThat(r.events()).hasSize(40);
        assertThat(r.registrations()).hasSize(3_000);
        assertThat(r.validate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void sameSettingsGiveTheSameRegistry(long seed) {
        assertThat(generate(seed)).isEqualTo(generate(seed));
    }

    @ParameterizedTest
    @ValueSource(longs = {3})
    void shapeIsRealistic(long seed) {
        Registry r = generate(seed);
        assertThat(r.labels()).anyMatch(l -> l.renews().isPresent());
        assertThat(r.labels()).extracting(QualityLabel::level).contains(org.clustermeet.core.label.LabelLevel.GOLD);
        assertThat(r.memberships()).anyMatch(m -> m.period().until().isPresent());
        assertThat(r.registrations()).extracting(x -> x.state()).contains(RegistrationState.WAITLISTED,
                RegistrationState.CANCELLED, RegistrationState.ATTENDED);
        assertThat(r.events()).allSatisfy(e -> assertThat(e.sessions()).isNotEmpty());
        assertThat(r.clusterOrganisations().stream().map(c -> c.country()).distinct().count()).isGreaterThan(20);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 33})
    void tooFewOrganisationsAreRefused(int organisations) {
        assertThatThrownBy(() -> new RegistryGenerator.Settings(organisations, 1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organisations (at least 34)");
    }
}
