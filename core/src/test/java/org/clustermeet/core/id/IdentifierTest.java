package org.clustermeet.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {

    @Test
    void slugsAndUuidsFit() {
        assertThat(OrganisationId.of("silesian-aviation-cluster").value()).isEqualTo("silesian-aviation-cluster");
        String uuid = UUID.randomUUID().toString();
        assertThat(PersonId.of(uuid).toString()).isEqualTo(uuid);
        assertThat(EventId.of("urn:event:2019.12_04").value()).isEqualTo("urn:event:2019.12_04");
    }

    @Test
    void oneHundredTwentyEightCharactersAreAllowed() {
        assertThat(LabelId.of("a".repeat(128)).value()).hasSize(128);
    }

    @Test
    void oneHundredTwentyNineCharactersAreRefused() {
        assertThatThrownBy(() -> LabelId.of("a".repeat(129))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("label id").hasMessageContaining("at most 128");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "a b", "ą", "a/b", "a\u0000"})
    void otherCharactersAreRefusedWithTheKind(String value) {
        assertThatThrownBy(() -> OrganisationId.of(value)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organisation id");
    }

    @Test
    void idsOfDifferentKindsWithTheSameTextAreNotEqual() {
        assertThat((Object) OrganisationId.of("x")).isNotEqualTo(PersonId.of("x"));
    }

    @Test
    void idsSortByText() {
        assertThat(EventId.of("a")).isLessThan(EventId.of("b"));
    }

    @Test
    void exactlyAsciiLettersDigitsAndFourMarksAreAllowedAmongAllCharacters() {
        StringBuilder allowed = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            try {
                EventId.of("a" + c);
                allowed.append(c);
            } catch (IllegalArgumentException e) {
                assertThat(e).hasMessageContaining("at index 1");
            }
        }
        assertThat(allowed.toString()).isEqualTo("-.0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");
    }
}
