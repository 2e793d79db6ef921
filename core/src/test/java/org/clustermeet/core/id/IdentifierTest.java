package org.clustermeet.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
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

    @Test
    void aRegistrationIdGivesBackItsTextAndIsRefusedAsTheOthersAre() {
        assertThat(RegistrationId.of("r-2019.12_04:gold").value()).isEqualTo("r-2019.12_04:gold");
        assertThat(RegistrationId.of("r-1")).hasToString("r-1");
        assertThatThrownBy(() -> RegistrationId.of("r 1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid registration id (letters, digits and . _ : - only): \"r 1\" has '\\u0020' "
                        + "at index 1");
        assertThatThrownBy(() -> RegistrationId.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("registration id");
    }

    @Test
    void registrationIdsAreEqualOrderedAndHashedAsTheirTexts() {
        Random random = new Random(11);
        String alphabet = "-.0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
        for (int i = 0; i < 2_000; i++) {
            String a = randomId(random, alphabet);
            String b = random.nextInt(4) == 0 ? a : randomId(random, alphabet);
            RegistrationId x = RegistrationId.of(a);
            RegistrationId y = RegistrationId.of(b);
            assertThat(Integer.signum(x.compareTo(y))).as("%s against %s", a, b)
                    .isEqualTo(Integer.signum(a.compareTo(b)));
            assertThat(x.equals(y)).isEqualTo(a.equals(b));
            assertThat(x.hashCode()).isEqualTo(a.hashCode());
        }
        assertThat(RegistrationId.of("r-1")).isLessThan(RegistrationId.of("r-10")).isLessThan(RegistrationId.of("r-2"));
        assertThat((Object) RegistrationId.of("x")).isNotEqualTo(PersonId.of("x")).isNotEqualTo("x");
    }

    private static String randomId(Random random, String alphabet) {
        StringBuilder id = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(6); i < n; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
