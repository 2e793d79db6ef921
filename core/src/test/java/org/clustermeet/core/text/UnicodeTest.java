package org.clustermeet.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnicodeTest {

    @Test
    void wellFormedTextHasNoFault() {
        assertThat(Unicode.firstFault("Łukasz 😀 𝔘")).isEmpty();
        assertThat(Unicode.firstFault("")).isEmpty();
    }

    @Test
    void aLoneHighSurrogateIsAFault() {
        assertThat(Unicode.firstFault("ab\uD800")).hasValue(2);
        assertThat(Unicode.firstFault("ab\uD800c")).hasValue(2);
    }

    @Test
    void aLoneLowSurrogateIsAFault() {
        assertThat(Unicode.firstFault("\uDC00ab")).hasValue(0);
    }

    @Test
    void surrogatesInTheWrongOrderAreAFault() {
        assertThat(Unicode.firstFault("a\uDE00\uD83D")).hasValue(1);
    }

    @Test
    void nulIsAFault() {
        assertThat(Unicode.firstFault("a\u0000b")).hasValue(1);
    }

    @Test
    void requireWellFormedNamesTheFieldTheCharacterAndTheIndex() {
        assertThatThrownBy(() -> Unicode.requireWellFormed("name", "Anna\uD800"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name contains an unpaired surrogate \\uD800 at index 4: \"Anna\\uD800\"");
        assertThatThrownBy(() -> Unicode.requireWellFormed("name", "A\u0000"))
                .hasMessage("name contains a NUL character \\u0000 at index 1: \"A\\u0000\"");
    }
}
