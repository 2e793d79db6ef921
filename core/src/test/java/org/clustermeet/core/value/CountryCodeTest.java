package org.clustermeet.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @Test
    void readingACountryTwiceGivesTheSameInstanceSoThatARegistryHoldsEachCountryOnce() {
        assertThat(CountryCode.of("PL")).isSameAs(CountryCode.of(new String("PL")));
        assertThat(CountryCode.of("EL")).isSameAs(CountryCode.of("GR"));
    }

    @Test
    void anUnknownCodeIsStillRefusedByName() {
        assertThatThrownBy(() -> CountryCode.of("XX")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"XX\"");
    }

    @Test
    void eurostatElIsReadAsGreece() {
        assertThat(CountryCode.of("EL")).isEqualTo(CountryCode.of("GR"));
        assertThat(CountryCode.of("EL").value()).isEqualTo("GR");
    }

    @Test
    void eurostatUkIsReadAsUnitedKingdom() {
        assertThat(CountryCode.of("UK").value()).isEqualTo("GB");
    }

    @Test
    void isoCodeIsKeptAndPrintedAsIs() {
        assertThat(CountryCode.of("PL").toString()).isEqualTo("PL");
        assertThat(CountryCode.of("PL").englishName()).isEqualTo("Poland");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P", "POL", "pl", "XX", "ZZ", "1A", " PL"})
    void codesThatAreNoIsoCountryAreRefusedWithTheValue(String code) {
        assertThatThrownBy(() -> CountryCode.of(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("country code").hasMessageContaining("\"" + code + "\"");
    }

    @Test
    void constructorDoesNotAcceptEurostatSpelling() {
        assertThatThrownBy(() -> new CountryCode("EL")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullIsRefusedWithTheFieldName() {
        assertThatThrownBy(() -> CountryCode.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("country code");
    }
}
