package org.clustermeet.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.clustermeet.core.internal.Texts;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText name = LocalizedText.of(Map.of("en", "Silesian Aviation Cluster",
            "pl", "Śląski Klaster Lotniczy"));

    @Test
    void lookupByLocaleFindsTheLanguage() {
        assertThat(name.get(Locale.forLanguageTag("pl"))).isEqualTo("Śląski Klaster Lotniczy");
        assertThat(name.get(Locale.forLanguageTag("pl-PL"))).isEqualTo("Śląski Klaster Lotniczy");
    }

    @Test
    void lookupFallsBackToEnglish() {
        assertThat(name.get(Locale.GERMAN)).isEqualTo("Silesian Aviation Cluster");
    }

    @Test
    void lookupFallsBackToAnyLanguageWithoutEnglish() {
        LocalizedText polishOnly = LocalizedText.of("pl", "Spotkanie 50 Gold-Label Clusters");
        assertThat(polishOnly.get(Locale.FRENCH)).isEqualTo("Spotkanie 50 Gold-Label Clusters");
    }

    @Test
    void tagsAreNormalised() {
        assertThat(LocalizedText.of("EN", "x").texts()).containsOnlyKeys("en");
    }

    @Test
    void emptyMapIsRefused() {
        assertThatThrownBy(() -> LocalizedText.of(Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one language");
    }

    @Test
    void illFormedTagIsRefused() {
        assertThatThrownBy(() -> LocalizedText.of("not a tag", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("language tag").hasMessageContaining("not a tag");
    }

    @Test
    void blankTextIsRefusedWithItsLanguage() {
        assertThatThrownBy(() -> LocalizedText.of("pl", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("text[pl]");
    }

    @Test
    void tagsThatNormaliseToTheSameAreRefused() {
        assertThatThrownBy(() -> LocalizedText.of(Map.of("en", "a", "EN", "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("occurs twice");
    }

    @Test
    void withAddsALanguageAndLeavesTheOriginal() {
        LocalizedText english = LocalizedText.english("Meeting");
        assertThat(english.with("pl", "Spotkanie").texts()).containsEntry("pl", "Spotkanie").hasSize(2);
        assertThat(english.texts()).hasSize(1);
    }

    @Test
    void aTagSeenBeforeIsNormalisedAndRefusedAsTheFirstTime() {
        for (int i = 0; i < 3; i++) {
            assertThat(LocalizedText.of("EN-gb", "Colour").texts()).as("use %d", i).containsOnlyKeys("en-GB");
            assertThatThrownBy(() -> LocalizedText.of("not a tag", "x")).as("use %d", i)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Invalid language tag");
        }
    }

    @RepeatedTest(5)
    void theQuickTextCheckAgreesWithTheFullOne(RepetitionInfo repetition) {
        String alphabet = "ab \t\n\r\u0000\u001f\u007f\u0085\u00a0\u2003\u3000é";
        Random random = new Random(repetition.getCurrentRepetition());
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String candidate = text.toString();
            boolean accepted;
            try {
                Texts.requireText("t", candidate);
                accepted = true;
            } catch (IllegalArgumentException e) {
                accepted = false;
            }
            boolean expected = !candidate.isBlank() && candidate.chars()
                    .noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
            assertThat(Texts.isFreeText(candidate)).as("%s", candidate.chars().boxed().toList()).isEqualTo(expected);
            assertThat(accepted).as("%s", candidate.chars().boxed().toList()).isEqualTo(expected);
        }
    }
}
