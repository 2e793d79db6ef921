package org.clustermeet.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.clustermeet.core.internal.Texts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OtherValuesTest {

    @Test
    void fourteenIndustrialEcosystems() {
        assertThat(IndustrialEcosystem.values()).hasSize(14);
        assertThat(IndustrialEcosystem.AGRI_FOOD.label()).isEqualTo("agri-food");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "30", "30.3", "30.30"})
    void naceSectionsDivisionsGroupsAndClassesAreAccepted(String code) {
        assertThat(NaceCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Z", "3", "303", "30.303", "c"})
    void malformedNaceCodesAreRefused(String code) {
        assertThatThrownBy(() -> NaceCode.of(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NACE");
    }

    @Test
    void httpsLinkIsAccepted() {
        assertThat(WebLink.of("https://clustercollaboration.eu/").uri().getHost()).isEqualTo("clustercollaboration.eu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/", "/relative", "https://"})
    void linksThatAreNotHttpWithAHostAreRefused(String link) {
        assertThatThrownBy(() -> WebLink.of(link)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("web link");
    }

    @Test
    void emailDomainIsLowerCased() {
        assertThat(EmailAddress.of("Jan.Kowalski@Example.PL").value()).isEqualTo("Jan.Kowalski@example.pl");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at-sign", "a@b", "a b@example.org", "@example.org", "a@@example.org"})
    void malformedEmailAddressesAreRefused(String address) {
        assertThatThrownBy(() -> EmailAddress.of(address)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("e-mail address");
    }

    @Test
    void phoneNumberInInternationalFormIsAccepted() {
        assertThat(PhoneNumber.of("+48 32 000 00 00").value()).isEqualTo("+48 32 000 00 00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "call me", "+48 32 000 00 00 00 00 00 00 00 00"})
    void malformedPhoneNumbersAreRefused(String number) {
        assertThatThrownBy(() -> PhoneNumber.of(number)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phone number");
    }

    @Test
    void dateRangeContainsBothEnds() {
        DateRange range = DateRange.of(LocalDate.of(2019, 9, 9), LocalDate.of(2020, 2, 28));
        assertThat(range.contains(LocalDate.of(2019, 9, 9))).isTrue();
        assertThat(range.contains(LocalDate.of(2020, 2, 28))).isTrue();
        assertThat(range.contains(LocalDate.of(2020, 2, 29))).isFalse();
        assertThat(range.contains(LocalDate.of(2019, 9, 8))).isFalse();
    }

    @Test
    void openDateRangeHasNoEnd() {
        assertThat(DateRange.of(LocalDate.of(2019, 9, 9)).contains(LocalDate.of(2100, 1, 1))).isTrue();
    }

    @Test
    void dateRangeEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("until 2020-01-01 is before from 2020-01-02");
    }

    @Test
    void textWithControlCharacterIsRefused() {
        assertThatThrownBy(() -> Texts.requireText("title", "a\u0000b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("title").hasMessageContaining("U+0000");
    }

    @Test
    void textWithAnUnpairedSurrogateIsRefusedNamingTheFieldAndIndex() {
        assertThatThrownBy(() -> Texts.requireText("name", "Anna \uD800")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name contains an unpaired surrogate \\uD800 at index 5: \"Anna \\uD800\"");
        assertThat(Texts.isFreeText("Anna \uD800")).isFalse();
        assertThat(Texts.isFreeText("Anna \uDC00\uD800")).isFalse();
    }

    @Test
    void textWithCharactersOutsideTheBasicPlaneIsAccepted() {
        assertThat(Texts.requireText("name", "Anna 😀 𝔘")).isEqualTo("Anna 😀 𝔘");
        assertThat(Texts.isFreeText("😀")).isTrue();
    }

    @Test
    void anEmailAddressWithAControlOrInvisibleCharacterIsRefused() {
        for (String bad : new String[] {"an\u001Bna@example.org", "an\u202Ena@example.org", "an\uD800na@example.org"}) {
            assertThatThrownBy(() -> EmailAddress.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Invalid e-mail address: \"an\\u");
        }
    }

    @Test
    void aWebLinkWithAnInvisibleCharacterIsRefused() {
        assertThatThrownBy(() -> WebLink.of("https://example.org/\u202Eexe")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\\u202E");
    }

    @Test
    void longRejectedValuesAreAbbreviatedInMessages() {
        String longCode = "X".repeat(10_000);
        assertThatThrownBy(() -> CountryCode.of(longCode)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10000 characters").message().hasSizeLessThan(300);
    }
}
