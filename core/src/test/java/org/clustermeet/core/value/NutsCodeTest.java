package org.clustermeet.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
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
    void readingARegionTwiceGivesTheSameInstanceSoThatARegistryHoldsEachRegionOnce() {
        assertThat(NutsCode.of("PL22")).isSameAs(NutsCode.of(new String("PL22")));
    }

    @Test
    void aCodeRefusedOnceIsRefusedAgain() {
        assertThatThrownBy(() -> NutsCode.of("XX22")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XX is not a country code");
        assertThatThrownBy(() -> NutsCode.of("XX22")).isInstanceOf(IllegalArgumentException.class);
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

    @RepeatedTest(5)
    void acceptsExactlyTwoCountryLettersAndOneToThreeCapitalsOrDigits(RepetitionInfo repetition) {
        Set<String> countries = Set.of(Locale.getISOCountries());
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789aZ-_ 9É";
        Random random = new Random(repetition.getCurrentRepetition());
        for (int i = 0; i < 5_000; i++) {
            StringBuilder code = new StringBuilder(random.nextInt(2) == 0 ? "PL" : "");
            for (int n = random.nextInt(7); n > 0; n--) {
                code.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = code.toString();
            boolean expected = text.matches("[A-Z]{2}[A-Z0-9]{1,3}")
                    && (countries.contains(text.substring(0, 2)) || Set.of("EL", "UK").contains(text.substring(0, 2)));
            boolean accepted;
            try {
                NutsCode.of(text);
                accepted = true;
            } catch (IllegalArgumentException e) {
                accepted = false;
            }
            assertThat(accepted).as("\"%s\" accepted", text).isEqualTo(expected);
        }
    }
}
