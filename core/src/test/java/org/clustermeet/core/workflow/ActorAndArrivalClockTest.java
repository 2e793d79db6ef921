package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActorAndArrivalClockTest {

    @ParameterizedTest
    @ValueSource(strings = {"cli", "organiser@example.org", "token:front-desk", "Łucja_2"})
    void anActorIsAShortPrintableName(String name) {
        assertThat(Actor.of(name).name()).isEqualTo(name);
    }

    @Test
    void anActorNameWithAControlCharacterIsRefusedNamingTheCharacter() {
        assertThatThrownBy(() -> Actor.of("cli\u001b[2J")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actor name may hold letters, digits and . _ @ : - only; found U+001B at index 3");
    }

    @Test
    void anEmptyOrLongActorNameIsRefused() {
        assertThatThrownBy(() -> Actor.of("")).hasMessage("actor name must have 1 to 64 characters, found 0");
        assertThatThrownBy(() -> Actor.of("a".repeat(65))).hasMessage("actor name must have 1 to 64 characters, found 65");
    }

    @Test
    void theArrivalClockGivesTheClocksTimeWhenItIsLater() {
        ArrivalClock clock = new ArrivalClock(Instant.parse("2019-11-01T10:00:00Z"));
        assertThat(clock.next(Instant.parse("2019-11-01T10:00:01Z"))).isEqualTo(Instant.parse("2019-11-01T10:00:01Z"));
    }

    @Test
    void theArrivalClockGoesANanosecondPastTheLatestWhenTheClockStandsStillOrGoesBack() {
        ArrivalClock clock = new ArrivalClock(Instant.parse("2019-11-01T10:00:00Z"));
        assertThat(clock.next(Instant.parse("2019-11-01T10:00:00Z"))).isEqualTo(Instant.parse("2019-11-01T10:00:00.000000001Z"));
        assertThat(clock.next(Instant.parse("2019-11-01T09:00:00Z"))).isEqualTo(Instant.parse("2019-11-01T10:00:00.000000001Z"));
    }

    @Test
    void anActorNameOfTheLongestLengthIsAcceptedAndOneMoreIsRefused() {
        assertThat(Actor.of("a".repeat(64)).name()).hasSize(64);
        assertThatThrownBy(() -> Actor.of("a".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("actor name must have 1 to 64 characters, found 65");
    }
}
