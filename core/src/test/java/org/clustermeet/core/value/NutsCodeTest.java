package org.clustermeet.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NutsCodeTest {

    @ParameterizedTest
    @CsvSource({"PL2,1", "PL22,2", "PL22A,3"})
    void levelFollowsTheLength(String code, int level) {
        assertThat(NutsCode.of(code).level()).isEqualTo(level);
    }

    @Test
    void greekRegionWrittenElLiesInGreece() {
        NutsCode attiki = NutsCode.of("EL30");
        assertThat(attiki.country()).isEqualTo(CountryCode.of("GR"));
        assertThat(attiki.isIn(CountryCode.of("EL"))).isTrue();
        assertThat(attiki.toString()).isEqualTo("EL30");
    }

    @Test
    void britishRegionWrittenUkLiesInTheUnitedKingdom() {
        assertThat(NutsCode.of("UKI").isIn(CountryCode.of("GB"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PL", "PL2222", "pl22", "P22", "XX1", "PL-2"})
    void malformedCodesAreRefused(String code) {
        assertThatThrownBy(() -> NutsCode.of(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NUTS code").hasMessageContaining(code);
    }
}
