package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.clustermeet.json.RegistryJson;
import org.clustermeet.server.badges.BadgePdf;
import org.clustermeet.server.checkin.CheckInKey;
import org.clustermeet.server.checkin.TokenCheck;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clustermeet badges}: the PDF, its codes, and every refusal. */
class BadgesCommandTest {

    private static final String MEETING = Brussels2019.MEETING.value();
    private static Locale savedLocale;

    @TempDir
    Path dir;

    private Path brussels;
    private Path secret;

    @BeforeAll
    static void pinEnglish() {
        savedLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(savedLocale);
    }

    @BeforeEach
    void writeFiles() throws Exception {
        brussels = dir.resolve("brussels.json");
        RegistryJson.defaults().save(Brussels2019.registry(), brussels);
        secret = Files.writeString(dir.resolve("check-in.secret"), "illustrative-secret-0123456789abcdef\n");
    }

    private ClusterMeetCliTest.Run badges(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("badges", brussels.toString(), "--event", MEETING,
                "--check-in-secret", secret.toString()));
        args.addAll(List.of(more));
        return ClusterMeetCliTest.run(args.toArray(String[]::new));
    }

    @Test
    void theMeetingsSeventyPlacesBecomeNineA4SheetsWhoseCodesTheSecretSigned() throws Exception {
        BadgePdf.fonts();
        Path out = dir.resolve("badges.pdf");

        ClusterMeetCliTest.Run run = badges("--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("Badges: 70, pages: 9; written to " + out);
        List<BadgePdf.Page> pages = BadgePdf.read(Files.readAllBytes(out));
        assertThat(pages).hasSize(9);
        assertThat(pages.get(0).codes()).hasSize(8).allSatisfy(code -> assertThat(
                CheckInKey.read(secret).check(code)).isInstanceOf(TokenCheck.Valid.class));
        assertThat(pages.get(0).text()).contains("Krzysztof Krystowski", "Speaker");
    }

    @Test
    void anA6LayoutInPolishPrintsOneBadgeAPage() throws Exception {
        BadgePdf.fonts();
        Path out = dir.resolve("badges.pdf");

        ClusterMeetCliTest.Run run = ClusterMeetCliTest.run("--lang", "pl", "badges", brussels.toString(), "--event",
                MEETING, "--check-in-secret", secret.toString(), "--layout", "a6", "--out", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("Identyfikatory: 70, strony: 70");
        assertThat(BadgePdf.read(Files.readAllBytes(out)).get(0).text()).contains("Prelegent", "Polska");
    }

    @Test
    void aMissingOrShortSecretIsRefusedWithoutWritingAnything() throws Exception {
        Path out = dir.resolve("badges.pdf");
        Files.writeString(secret, "too-short\n");

        ClusterMeetCliTest.Run shortSecret = badges("--out", out.toString());
        Files.delete(secret);
        ClusterMeetCliTest.Run missing = badges("--out", out.toString());

        assertThat(shortSecret.code()).isEqualTo(2);
        assertThat(shortSecret.err()).contains("holds 9 characters; it needs at least 32").doesNotContain("too-short");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read " + secret + ": no such file");
        assertThat(out).doesNotExist();
    }

    @Test
    void theOutputIsNeverTheSecretOrTheRegistry() throws Exception {
        ClusterMeetCliTest.Run onSecret = badges("--out", secret.toString());
        ClusterMeetCliTest.Run onRegistry = badges("--out", brussels.toString());

        assertThat(onSecret.code()).isEqualTo(2);
        assertThat(onRegistry.code()).isEqualTo(2);
        assertThat(Files.readString(secret)).isEqualTo("illustrative-secret-0123456789abcdef\n");
        assertThat(RegistryJson.defaults().read(brussels)).isEqualTo(Brussels2019.registry());
    }

    @Test
    void anUnknownEventALayoutOrAFontThatIsNoneAreNamed() throws Exception {
        Path out = dir.resolve("badges.pdf");
        Path notAFont = Files.writeString(dir.resolve("font.ttf"), "not a font");

        ClusterMeetCliTest.Run event = ClusterMeetCliTest.run("badges", brussels.toString(), "--event", "no-such",
                "--check-in-secret", secret.toString(), "--out", out.toString());
        ClusterMeetCliTest.Run layout = badges("--layout", "a5", "--out", out.toString());
        ClusterMeetCliTest.Run font = badges("--font", notAFont.toString(), "--out", out.toString());

        assertThat(event.code()).isEqualTo(1);
        assertThat(event.err()).contains("no event with id \"no-such\" in " + brussels);
        assertThat(layout.code()).isEqualTo(2);
        assertThat(layout.err()).contains("--layout must be a4 or a6, not \"a5\"");
        assertThat(font.code()).isEqualTo(2);
        assertThat(font.err()).contains("font " + notAFont + " is not a TrueType font");
        assertThat(out).doesNotExist();
    }
}
