package org.clustermeet.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The pages' words: both languages have every text; placeholders are filled once, literally. */
class TextsTest {

    @Test
    void polishAndEnglishHaveTheSameTexts() {
        assertThat(Texts.keys(Lang.POLISH)).isEqualTo(Texts.keys(Locale.ENGLISH));
    }

    @Test
    void everyTextIsTranslatedNotCopied() {
        Texts english = Texts.of(Locale.ENGLISH);
        Texts polish = Texts.of(Lang.POLISH);
        assertThat(Texts.keys(Locale.ENGLISH).stream().filter(k -> !k.startsWith("attends.online")
                && !k.equals("event.online") && !k.equals("event.status"))
                .filter(k -> english.get(k).equals(polish.get(k)))).isEmpty();
    }

    @Test
    void aValueHoldingAPlaceholderStaysLiteral() {
        assertThat(Texts.of(Locale.ENGLISH).get("organiser.signed-in", "{1}{0}")).isEqualTo("logged in as {1}{0}");
    }

    @Test
    void anUnknownKeyIsNamed() {
        assertThatThrownBy(() -> Texts.of(Locale.ENGLISH).get("no.such")).hasMessage("no text 'no.such' in en");
    }

    @Test
    void theChoiceOnThePageWinsThenTheInvitationThenTheBrowser() {
        assertThat(Lang.choose("en", java.util.Optional.of(Lang.POLISH), "pl")).isEqualTo(Locale.ENGLISH);
        assertThat(Lang.choose(null, java.util.Optional.of(Lang.POLISH), "en")).isEqualTo(Lang.POLISH);
        assertThat(Lang.choose(null, java.util.Optional.empty(), "de-DE,pl;q=0.8,en;q=0.5")).isEqualTo(Lang.POLISH);
        assertThat(Lang.choose("xx", java.util.Optional.empty(), ";;;garbage")).isEqualTo(Locale.ENGLISH);
    }
}
