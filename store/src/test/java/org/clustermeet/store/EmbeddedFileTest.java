package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.store.StoreFixtures.JANUARY;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The embedded database's file: a path that is only a path, a damaged file left alone, a turn to wait for. */
class EmbeddedFileTest {

    @TempDir
    Path folder;

    private List<String> filesInFolder() throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"db;INIT=CALL FILE_WRITE('x','PWNED.txt')", "db;TRACE_LEVEL_FILE=3",
            "db;ACCESS_MODE_DATA=r", "db;AUTO_SERVER=TRUE", "db;MODE=PostgreSQL", "db;CIPHER=AES",
            "db;IFEXISTS=FALSE;INIT=RUNSCRIPT FROM 'x.sql'", "db.mv.db;INIT=SET X 1", "dir;x=y/db"})
    void aPathHoldingASettingIsRefusedAndNothingIsWritten(String name) throws Exception {
        Path path = folder.resolve(name);

        assertThatThrownBy(() -> RegistryStore.createEmbedded(path, StoreFixtures.registry(2, 1), JANUARY))
                .isInstanceOf(RegistryStoreException.class)
                .hasMessageContaining("the path holds ';', which would make what follows it database settings");
        assertThatThrownBy(() -> RegistryStore.openEmbedded(path, JANUARY))
                .isInstanceOf(RegistryStoreException.class)
                .hasMessageContaining("the path holds ';'");
        assertThat(filesInFolder()).isEmpty();
    }

    @Test
    void anEqualsSignWithoutASemicolonIsPartOfTheFileName() throws Exception {
        Path path = folder.resolve("a=b,INIT=x");

        RegistryStore.createEmbedded(path, StoreFixtures.registry(2, 1), JANUARY).close();

        assertThat(filesInFolder()).containsExactly("a=b,INIT=x.mv.db");
        try (RegistryStore store = RegistryStore.openEmbedded(path, JANUARY)) {
            assertThat(store.registry()).isEqualTo(StoreFixtures.registry(2, 1));
        }
    }

    private Path storeFile() {
        RegistryStore.createEmbedded(folder.resolve("store"), StoreFixtures.registry(50, 10), JANUARY).close();
        return folder.resolve("store.mv.db");
    }

    private void assertRefusedAsDamagedAndUntouched(Path file, String expected) throws Exception {
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> RegistryStore.openEmbedded(file, JANUARY))
                .isInstanceOf(RegistryStoreException.class)
                .hasMessageStartingWith("the file " + file)
                .hasMessageContaining(expected)
                .hasMessageContaining("so it was not opened for writing");
        assertThat(Arrays.equals(Files.readAllBytes(file), before)).as("the file is byte for byte as it was").isTrue();
        assertThat(filesInFolder()).containsExactly(folder.relativize(file).toString());
    }

    @Test
    void aFileWhoseDataIsOverwrittenIsReportedDamagedAndLeftAlone() throws Exception {
        Path file = storeFile();
        byte[] bytes = Files.readAllBytes(file);
        // every byte after the file headers: where H2 put the live chunks depends on its background writer
        for (int i = 12_000; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);

        assertRefusedAsDamagedAndUntouched(file, "damaged");
    }

    @Test
    void aTruncatedFileIsReportedDamagedAndLeftAlone() throws Exception {
        Path file = storeFile();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, 12_000));

        assertRefusedAsDamagedAndUntouched(file, "damaged");
    }

    @Test
    void anEmptyFileIsReportedDamagedAndLeftAlone() throws Exception {
        Path file = folder.resolve("empty.mv.db");
        Files.write(file, new byte[0]);

        assertRefusedAsDamagedAndUntouched(file, "damaged");
    }

    @Test
    void aJsonDocumentInPlaceOfTheDatabaseIsReportedAndLeftAlone() throws Exception {
        Path file = folder.resolve("meetings.mv.db");
        Files.writeString(file, "{\"format\": \"clustermeet-registry\", \"organisations\": []}\n");

        assertRefusedAsDamagedAndUntouched(file, "damaged");
    }

    @Test
    void anotherProgramsH2DatabaseIsReportedAndLeftAlone() throws Exception {
        Path file = folder.resolve("other.mv.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("other"));
             var s = c.createStatement()) {
            s.execute("CREATE TABLE customers (id INT PRIMARY KEY)");
        }

        assertRefusedAsDamagedAndUntouched(file, "holds no clustermeet store (it holds no clustermeet tables)");
    }

    @Test
    void aDirectoryInPlaceOfTheFileIsNoStore() throws Exception {
        Files.createDirectory(folder.resolve("dir.mv.db"));

        assertThatThrownBy(() -> RegistryStore.openEmbedded(folder.resolve("dir"), JANUARY))
                .isInstanceOf(RegistryStoreException.class)
                .hasMessage("no store at " + folder.resolve("dir.mv.db") + ": it is not a regular file");
    }

    private static Process holding(Path file, long millis) throws Exception {
        Process child = StoreChild.start("hold", "h2:" + file, Long.toString(millis));
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("OPEN");
        return child;
    }

    @Test
    void anOpenWaitsWhileAnotherProcessHasTheFileAndThenOpens() throws Exception {
        Path file = storeFile();
        Process child = holding(file, 1_500);

        try (RegistryStore store = RegistryStore.openEmbedded(file, JANUARY)) {
            assertThat(store.registry()).isEqualTo(StoreFixtures.registry(50, 10));
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
    }

    @Test
    void anOpenThatWaitsLongerThanItsLimitSaysWhoHasTheFile() throws Exception {
        Path file = storeFile();
        Process child = holding(file, 20_000);
        try {
            assertThatThrownBy(() -> EmbeddedFile.of(file, Duration.ofMillis(700)).open())
                    .isInstanceOf(RegistryStoreException.class)
                    .hasMessage("the embedded database " + file + " is in use by another process, which did not "
                            + "close it within 700 ms: try again when it has finished, or share the store through "
                            + "PostgreSQL");
        } finally {
            child.destroy();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWaitMustBePositive() {
        Path file = folder.resolve("store");

        assertThat(EmbeddedFile.of(file, Duration.ofMillis(1)).dataFile()).isEqualTo(folder.resolve("store.mv.db"));
        assertThatThrownBy(() -> EmbeddedFile.of(file, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("wait must be positive, was PT0S");
        assertThatThrownBy(() -> EmbeddedFile.of(file, Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWaitOfWholeSecondsIsToldInSecondsAndItIsKept() throws Exception {
        Path file = storeFile();
        Process child = holding(file, 20_000);
        try {
            long start = System.nanoTime();
            assertThatThrownBy(() -> EmbeddedFile.of(file, Duration.ofSeconds(2)).open())
                    .hasMessageContaining("which did not close it within 2 s:");
            long waited = (System.nanoTime() - start) / 1_000_000;
            assertThat(waited).as("waited its turn for about the limit").isBetween(1_500L, 10_000L);
        } finally {
            child.destroy();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void closingCompactsAFileThatIsMostlyFreeSpace() throws Exception {
        // H2 writes every commit to the file and reuses freed space only after 45 s: a burst of
        // commits leaves a file many times larger than what it holds
        Path file = folder.resolve("burst.mv.db");
        int people = 4_000;
        RegistryStore store = RegistryStore.createEmbedded(file, StoreFixtures.registry(people, people), JANUARY);
        for (int i = 0; i < people; i++) {
            register(store, i);
        }
        long grown = Files.size(file);
        assertThat(grown).as("the file after the burst").isGreaterThan(64L << 20);

        store.close();

        assertThat(Files.size(file)).isLessThan(grown / 8);
        try (RegistryStore reopened = RegistryStore.openEmbedded(file, JANUARY)) {
            assertThat(reopened.registry().registrationsFor(StoreFixtures.EVENT)).hasSize(people);
        }
    }

    @Test
    void closingLeavesTheFileAloneWhileAnotherStoreOfTheProcessHasItOpen() throws Exception {
        Path file = folder.resolve("shared.mv.db");
        int people = 3_000;
        RegistryStore store = RegistryStore.createEmbedded(file, StoreFixtures.registry(people + 1, people + 1), JANUARY);
        try (RegistryStore other = RegistryStore.openEmbedded(file, JANUARY)) {
            for (int i = 0; i < people; i++) {
                register(store, i);
            }
            long grown = Files.size(file);

            store.close();

            assertThat(Files.size(file)).isEqualTo(grown);
            assertThat(register(other, people)).isInstanceOf(RegistrationOutcome.Accepted.class);
        }
    }

    private static RegistrationOutcome register(RegistryStore store, int person) {
        return store.registerNow(StoreFixtures.EVENT, StoreFixtures.person(person), StoreFixtures.ORG,
                EventRole.OBSERVER, AttendanceMode.IN_PERSON, StoreFixtures.ACTOR).outcome();
    }
}
