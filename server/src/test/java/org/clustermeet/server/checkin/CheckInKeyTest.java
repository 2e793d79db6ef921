package org.clustermeet.server.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.RegistrationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckInKeyTest {

    private static final String SECRET = "s3cret-s3cret-s3cret-s3cret-s3cret-s3cret";
    private static final EventId EVENT = EventId.of("gold-label-meeting-2019");
    private static final RegistrationId REGISTRATION = RegistrationId.of("r-17");

    private final CheckInKey key = CheckInKey.of(SECRET.getBytes(StandardCharsets.UTF_8));

    @Test
    void aSignedTokenChecksBackToItsEventAndRegistration() {
        CheckInToken token = key.sign(EVENT, REGISTRATION);

        assertThat(token.text()).startsWith("CM1/gold-label-meeting-2019/r-17/").hasSize(33 + 22);
        assertThat(key.check(token.text())).isEqualTo(new TokenCheck.Valid(token));
    }

    @Test
    void spacesAndTheLineEndAScannerTypesAreIgnored() {
        String text = key.sign(EVENT, REGISTRATION).text();

        assertThat(key.check("  " + text + "\r\n")).isInstanceOf(TokenCheck.Valid.class);
    }

    @Test
    void theSameRegistrationAlwaysGetsTheSameToken() {
        assertThat(key.sign(EVENT, REGISTRATION)).isEqualTo(
                CheckInKey.of(SECRET.getBytes(StandardCharsets.UTF_8)).sign(EVENT, REGISTRATION));
    }

    @Test
    void aTokenWithAnotherRegistrationOrEventIsRefusedAsForged() {
        String text = key.sign(EVENT, REGISTRATION).text();

        assertThat(key.check(text.replace("/r-17/", "/r-18/")))
                .isEqualTo(new TokenCheck.Invalid(TokenCheck.Problem.BAD_SIGNATURE));
        assertThat(key.check(text.replace("/gold-label-meeting-2019/", "/other-event/")))
                .isEqualTo(new TokenCheck.Invalid(TokenCheck.Problem.BAD_SIGNATURE));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        String text = CheckInKey.random().sign(EVENT, REGISTRATION).text();

        assertThat(key.check(text)).isEqualTo(new TokenCheck.Invalid(TokenCheck.Problem.BAD_SIGNATURE));
    }

    @Test
    void everyAlteredCharacterOfTheSignatureIsRefused() {
        String text = key.sign(EVENT, REGISTRATION).text();
        int start = text.lastIndexOf('/') + 1;
        Random random = new Random(23);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = start; i < text.length(); i++) {
            char replacement;
            do {
                replacement = alphabet.charAt(random.nextInt(alphabet.length()));
            } while (replacement == text.charAt(i));
            String altered = text.substring(0, i) + replacement + text.substring(i + 1);

            assertThat(key.check(altered)).as(altered).isInstanceOf(TokenCheck.Invalid.class);
        }
    }

    @Test
    void textsThatAreNoTokenAreSaidToBeNone() {
        for (String text : new String[] {"", "hello", "https://example.org/", "CM1/a/b", "CM2/a/b/AAAAAAAAAAAAAAAAAAAAAA",
                "CM1/bad id/r-1/AAAAAAAAAAAAAAAAAAAAAA", "CM1/e/r-1/not*base64", "CM1/e/r-1/AAAA",
                "CM1/e/r-1/AAAAAAAAAAAAAAAAAAAAAA/extra", "CM1/" + "e".repeat(400) + "/r/AAAAAAAAAAAAAAAAAAAAAA"}) {
            assertThat(key.check(text)).as(text).isEqualTo(new TokenCheck.Invalid(TokenCheck.Problem.NOT_A_TOKEN));
        }
    }

    @Test
    void aShortSecretIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> CheckInKey.of("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a check-in secret has at least 32 bytes, this one 5");
    }

    @Test
    void aSecretFileIsReadWithoutItsLineEnd(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("check-in.secret"), SECRET + "\n");

        assertThat(CheckInKey.read(file).sign(EVENT, REGISTRATION)).isEqualTo(key.sign(EVENT, REGISTRATION));
    }

    @Test
    void aSecretFileTooShortIsRefusedNamingTheFileNotTheSecret(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("check-in.secret"), "tiny-secret\n");

        assertThatThrownBy(() -> CheckInKey.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("holds 11 characters")
                .hasMessageNotContaining("tiny-secret");
    }

    @Test
    void aFolderOrAHugeFileIsNoSecret(@TempDir Path dir) throws IOException {
        Path huge = Files.writeString(dir.resolve("huge"), "x".repeat(5000));

        assertThatThrownBy(() -> CheckInKey.read(dir)).hasMessageContaining("is not a regular file");
        assertThatThrownBy(() -> CheckInKey.read(huge)).hasMessageContaining("larger than 4096 bytes");
    }

    @Test
    void theKeyNeverPrintsItsSecret() {
        assertThat(key.toString()).doesNotContain(SECRET).contains("hidden");
    }
}
