package org.clustermeet.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void lettersOfEveryScriptAreShownAsTheyAre() {
        assertThat(Echo.inert("Śląski Klaster Lotniczy – Ελλάδα 𝔘 😀")).isEqualTo("Śląski Klaster Lotniczy – Ελλάδα 𝔘 😀");
    }

    @Test
    void terminalEscapeSequencesAreShownEscaped() {
        assertThat(Echo.inert("\u001B]0;owned\u0007\u001B[2J")).isEqualTo("\\u001B]0;owned\\u0007\\u001B[2J");
    }

    @Test
    void lineBreaksAndTabsAreEscapedSoThatAValueStaysOnOneLine() {
        assertThat(Echo.inert("a\tb\nc\rd\u2028e\u2029f\u0085g")).isEqualTo("a\\u0009b\\u000Ac\\u000Dd\\u2028e\\u2029f\\u0085g");
    }

    @Test
    void bidiOverridesAndZeroWidthCharactersAreEscaped() {
        assertThat(Echo.inert("abc\u202Efdp.exe\u200B\u2066\uFEFF")).isEqualTo("abc\\u202Efdp.exe\\u200B\\u2066\\uFEFF");
    }

    @Test
    void unpairedSurrogatesAreEscapedAndPairsKept() {
        assertThat(Echo.inert("a\uD800b\uDC00c\uD83D\uDE00")).isEqualTo("a\\uD800b\\uDC00c\uD83D\uDE00");
    }

    @Test
    void aSupplementaryFormatCharacterIsEscapedAsItsPair() {
        assertThat(Echo.inert("x\uDB40\uDC01y")).isEqualTo("x\\uDB40\\uDC01y");
    }

    @Test
    void cutKeepsAShortValueWhole() {
        assertThat(Echo.cut("short")).isEqualTo("short");
        assertThat(Echo.cut("x".repeat(Echo.MAX_CODE_POINTS))).isEqualTo("x".repeat(Echo.MAX_CODE_POINTS));
    }

    @Test
    void cutBoundsALongValueByCodePointsWithoutSplittingAPair() {
        String emoji = "\uD83D\uDE00";

        String cut = Echo.cut(emoji.repeat(1_000_000));

        assertThat(cut).isEqualTo(emoji.repeat(Echo.MAX_CODE_POINTS) + "...");
    }

    @Test
    void cutCountsAnEscapedCharacterOnce() {
        assertThat(Echo.cut("\u001B".repeat(200))).isEqualTo("\\u001B".repeat(Echo.MAX_CODE_POINTS) + "...");
    }
}
