package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.clustermeet.json.RegistryJson;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line speaks English or Polish: {@code --lang}, else the system's language. */
class CliLanguageTest {

    @TempDir
    Path dir;

    private Path brussels;
    private Locale saved;

    @BeforeEach
    void writeBrusselsAndPinTheLocale() throws Exception {
        brussels = dir.resolve("brussels.json");
        RegistryJson.defaults().save(Brussels2019.registry(), brussels);
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(saved);
    }

    @Test
    void validateInPolish() {
        ClusterMeetCliTest.Run r = ClusterMeetCliTest.run("validate", "--lang", "pl", brussels.toString());
        assertThat(r.out()).isEqualTo("poprawny: organizacje: 72, osoby: 72, certyfikaty: 50, członkostwa: 1, "
                + "wydarzenia: 4, rejestracje: 72\n");
    }

    @Test
    void theLanguageMayComeBeforeTheSubcommand() {
        ClusterMeetCliTest.Run r = ClusterMeetCliTest.run("--lang", "pl", "validate", brussels.toString());
        assertThat(r.out()).startsWith("poprawny: ");
    }

    @Test
    void reportInPolishUsesPolishLabelsAndThePolishTitleFromTheData() {
        ClusterMeetCliTest.Run r = ClusterMeetCliTest.run("report", brussels.toString(),
                Brussels2019.MEETING.value(), "--lang", "pl");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Spotkanie 50 Gold-Label Clusters\n2019-12-04, Brussels, Belgia\n")
                .contains("Organizacje klastrowe: 50 (według źródła: 50)\n", "Kraje: 17 (według źródła: 17)\n",
                        "Reprezentowane MŚP: 6\u00a0539 (według źródła: ponad 6\u00a0500)\n",
                        "Pozostali uczestnicy: 20 (według źródła: około 20)\n",
                        "Reprezentowani posiadacze certyfikatu GOLD: 50 (według źródła: blisko 50 % wszystkich posiadaczy "
                                + "certyfikatu GOLD)", "[sesja plenarna]; prelegenci: Krzysztof Krystowski");
    }

    @Test
    void errorsInPolish() {
        Path missing = dir.resolve("missing.json");
        ClusterMeetCliTest.Run r = ClusterMeetCliTest.run("validate", "--lang", "pl", missing.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("błąd: nie można odczytać " + missing + ": nie ma takiego pliku\n");
    }

    @Test
    void aPolishSystemLocaleGivesPolishUnlessEnglishIsAskedFor() {
        Locale.setDefault(Locale.forLanguageTag("pl-PL"));
        assertThat(ClusterMeetCliTest.run("validate", brussels.toString()).out()).startsWith("poprawny: ");
        assertThat(ClusterMeetCliTest.run("validate", "--lang", "en", brussels.toString()).out())
                .startsWith("valid: 72 organisations");
    }

    @Test
    void anotherSystemLocaleFallsBackToEnglish() {
        Locale.setDefault(Locale.GERMANY);
        assertThat(ClusterMeetCliTest.run("validate", brussels.toString()).out()).startsWith("valid: ");
    }

    @Test
    void theDemoNoteIsInPolishToo() {
        ClusterMeetCliTest.Run r = ClusterMeetCliTest.run("demo", "--lang", "pl");
        assertThat(r.out()).contains("Przykładowe, nie fakty:", "„Reprezentowane MŚP”");
    }
}
