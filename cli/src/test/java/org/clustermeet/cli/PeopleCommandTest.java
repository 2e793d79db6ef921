package org.clustermeet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.store.RegistryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clustermeet people duplicates}: pairs, scores and reasons, from a document or a store. Illustrative people. */
class PeopleCommandTest {

    private static final OrganisationId ORG = OrganisationId.of("illustrative-association");
    private static Locale savedLocale;

    @TempDir
    Path dir;

    private Path file;
    private Registry registry;

    @BeforeAll
    static void pinEnglish() {
        savedLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterAll
    static void restoreLocale() {
        Locale.setDefault(savedLocale);
    }

    private static Person person(String id, String given, String family, String email) {
        return new Person(PersonId.of(id), given, family, Optional.of(EmailAddress.of(email)), Optional.empty(),
                List.of(PersonRole.of(ORG, "Member", LocalDate.of(2020, 1, 1))));
    }

    @BeforeEach
    void writeRegistry() throws Exception {
        registry = Registry.builder()
                .add(ClusterAssociation.of(ORG, "Illustrative association", CountryCode.of("PL")))
                .add(person("anna-1", "Anna", "Nowak", "anna@example.org"))
                .add(person("anna-2", "Anna", "Nowak", "ANNA@example.org"))
                .add(person("lukasz", "Łukasz", "Śliwiński", "lukasz@example.org"))
                .add(person("lukasz-2", "Sliwinski", "Lukasz", "ls@example.net"))
                .add(person("jan", "Jan", "Kowalski", "jan@example.org")).build();
        file = dir.resolve("people.json");
        RegistryJson.defaults().save(registry, file);
    }

    @Test
    void pairsAreListedMostLikelyFirstWithTheirReasons() {
        ClusterMeetCliTest.Run run = ClusterMeetCliTest.run("people", "duplicates", file.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "1.0\tanna-1\tAnna Nowak\tanna-2\tAnna Nowak\tsame e-mail, same name, same organisation and role",
                "0.6\tlukasz\tŁukasz Śliwiński\tlukasz-2\tSliwinski Lukasz\tsame name, same organisation and role",
                "2 pairs that may be one person, among 5 people");
    }

    @Test
    void aStoreIsSearchedAsADocumentIsInPolish() {
        Path db = dir.resolve("people-store");
        RegistryStore.createEmbedded(db, registry).close();

        ClusterMeetCliTest.Run run = ClusterMeetCliTest.run("--lang", "pl", "people", "duplicates", db.toString(),
                "--min-score", "0.7");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("ten sam e-mail, to samo imię i nazwisko, ta sama organizacja i funkcja",
                "Pary, które mogą być jedną osobą: 1, wśród osób: 5").doesNotContain("lukasz-2");
    }

    @Test
    void aScoreOutOfRangeIsBadUsage() {
        ClusterMeetCliTest.Run run = ClusterMeetCliTest.run("people", "duplicates", file.toString(), "--min-score", "0");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--min-score must be above 0 and at most 1, not 0.0");
    }

    @Test
    void whatAStoreHoldsAboutAPersonIsWrittenAsOneDocument() throws Exception {
        Path db = dir.resolve("people-store");
        RegistryStore.createEmbedded(db, registry).close();
        Path out = dir.resolve("anna.json");

        ClusterMeetCliTest.Run printed = ClusterMeetCliTest.run("people", "export", db.toString(), "--person", "anna-1");
        ClusterMeetCliTest.Run written = ClusterMeetCliTest.run("people", "export", db.toString(), "--person", "anna-1",
                "--out", out.toString());
        ClusterMeetCliTest.Run unknown = ClusterMeetCliTest.run("people", "export", db.toString(), "--person", "nobody");
        ClusterMeetCliTest.Run ontoTheStore = ClusterMeetCliTest.run("people", "export", db.toString(), "--person",
                "anna-1", "--out", db + ".mv.db");

        assertThat(printed.code()).as(printed.err()).isZero();
        assertThat(printed.out()).contains("\"format\" : \"clustermeet-personal-data\"",
                "\"email\" : \"anna@example.org\"").doesNotContain("lukasz");
        assertThat(written.code()).isZero();
        assertThat(java.nio.file.Files.readString(out)).contains("\"person\" : \"anna-1\"");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("the store holds nothing about person nobody");
        assertThat(ontoTheStore.code()).isEqualTo(2);
    }

    @Test
    void erasingRemovesThePersonFromTheStoreForGoodAndAgainDoesNothing() throws Exception {
        Path db = dir.resolve("erase-store");
        RegistryStore.createEmbedded(db, registry).close();

        ClusterMeetCliTest.Run erase = ClusterMeetCliTest.run("people", "erase", db.toString(), "--person", "anna-1");
        ClusterMeetCliTest.Run again = ClusterMeetCliTest.run("people", "erase", db.toString(), "--person", "anna-1");
        ClusterMeetCliTest.Run unknown = ClusterMeetCliTest.run("people", "erase", db.toString(), "--person", "nobody");
        ClusterMeetCliTest.Run export = ClusterMeetCliTest.run("people", "export", db.toString(), "--person", "anna-1");

        assertThat(erase.code()).as(erase.err()).isZero();
        assertThat(erase.out()).contains("erased the personal data of anna-1",
                "rewritten: journal rows 0, snapshots 1; cleared: mail notices 0");
        assertThat(again.code()).isZero();
        assertThat(again.out()).isEqualToIgnoringNewLines("anna-1 holds no personal data any more: nothing to erase");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("person nobody is not in the store");
        assertThat(export.out()).doesNotContain("anna@example.org", "Nowak").contains("\"person\" : \"anna-1\"");
        try (RegistryStore store = RegistryStore.openEmbedded(db)) {
            assertThat(store.registry().person(PersonId.of("anna-2")).orElseThrow().fullName()).isEqualTo("Anna Nowak");
        }
    }

    @Test
    void mergingMovesTheSecondRecordIntoTheFirstAndLeavesAnAlias() throws Exception {
        Path db = dir.resolve("merge-store");
        RegistryStore.createEmbedded(db, registry).close();

        ClusterMeetCliTest.Run merge = ClusterMeetCliTest.run("people", "merge", db.toString(), "--keep", "anna-1",
                "--merge", "anna-2");
        ClusterMeetCliTest.Run again = ClusterMeetCliTest.run("people", "merge", db.toString(), "--keep", "anna-1",
                "--merge", "anna-2");
        ClusterMeetCliTest.Run duplicates = ClusterMeetCliTest.run("people", "duplicates", db.toString());

        assertThat(merge.code()).as(merge.err()).isZero();
        assertThat(merge.out()).isEqualToIgnoringNewLines("anna-2 merged into anna-1; registrations moved: 0");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("no person with id anna-2");
        assertThat(duplicates.out()).doesNotContain("anna-2");
        try (RegistryStore store = RegistryStore.openEmbedded(db)) {
            assertThat(store.people().resolve(PersonId.of("anna-2"))).contains(PersonId.of("anna-1"));
        }
    }

    @Test
    void aConsentWithdrawnByLetterIsRecordedAndHidesTheNameAtOnce() throws Exception {
        Path db = dir.resolve("consent-store");
        RegistryStore.createEmbedded(db, registry.edit().put(registry.person(PersonId.of("jan")).orElseThrow()
                .withNamePublication(org.clustermeet.core.person.NamePublication.YES)).apply()).close();

        ClusterMeetCliTest.Run withdraw = ClusterMeetCliTest.run("people", "consent", db.toString(), "--person", "jan",
                "--withdraw", "publish-name", "--how", "letter of 3 March");
        ClusterMeetCliTest.Run both = ClusterMeetCliTest.run("people", "consent", db.toString(), "--person", "jan",
                "--give", "contact", "--withdraw", "contact", "--how", "x");
        ClusterMeetCliTest.Run unknown = ClusterMeetCliTest.run("people", "consent", db.toString(), "--person", "jan",
                "--give", "marketing", "--how", "x");
        ClusterMeetCliTest.Run export = ClusterMeetCliTest.run("people", "export", db.toString(), "--person", "jan");

        assertThat(withdraw.code()).as(withdraw.err()).isZero();
        assertThat(withdraw.out()).isEqualToIgnoringNewLines(
                "jan: consent to publish-name withdrawn (letter of 3 March)");
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("give exactly one of --give and --withdraw");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown consent marketing");
        assertThat(export.out()).contains("\"how\" : \"letter of 3 March\"", "\"namePublication\" : \"no\"");
    }
}
