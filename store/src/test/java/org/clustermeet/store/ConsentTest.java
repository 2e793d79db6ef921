package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.assertj.core.groups.Tuple.tuple;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.clustermeet.core.person.ConsentKind;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.workflow.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Consents recorded by the store: each a history row with when, how and by whom; contact consent followed. */
class ConsentTest {

    private static final Actor SECRETARIAT = Actor.of("secretariat");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void everyConsentIsARecordWithWhenHowAndWhoAndOutlivesTheProcess(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.create(StoreFixtures.registry(2, 2), JANUARY)) {
                store.people().recordConsent(person(0), ConsentKind.PUBLISH_NAME, true, "open registration form",
                        Notice.personsOwn(person(0)));
                store.people().recordConsent(person(0), ConsentKind.CONTACT, false, "letter of 9 January", SECRETARIAT);
                long before = store.sequence();
                store.people().recordConsent(person(0), ConsentKind.PUBLISH_NAME, false, "e-mail to the secretariat",
                        SECRETARIAT);

                assertThat(store.sequence()).isEqualTo(before + 1);
                assertThat(store.registry().person(person(0)).orElseThrow().namePublication())
                        .isEqualTo(NamePublication.NO);
                assertThat(store.people().mayContact(person(0))).isFalse();
                assertThat(store.people().mayContact(person(1))).isTrue();
            }
            try (RegistryStore store = db.open(JANUARY)) {
                assertThat(store.people().consents(person(0))).containsExactly(
                        new ConsentRecord(person(0), ConsentKind.PUBLISH_NAME, true, JANUARY.instant(),
                                "open registration form",
                                Optional.of(Notice.personsOwn(person(0)))),
                        new ConsentRecord(person(0), ConsentKind.CONTACT, false, JANUARY.instant(),
                                "letter of 9 January",
                                Optional.of(SECRETARIAT)),
                        new ConsentRecord(person(0), ConsentKind.PUBLISH_NAME, false, JANUARY.instant(),
                                "e-mail to the secretariat", Optional.of(SECRETARIAT)));
                assertThat(store.people().mayContact(person(0))).isFalse();
                assertThat(store.people().consents(person(1))).isEmpty();
            }
        }
    }

    @Test
    void consentToBeContactedGivenAgainLetsMailsGoAgainAndTheRecordIsInThePersonalData() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 2), JANUARY)) {
            store.people().recordConsent(person(0), ConsentKind.CONTACT, false, "phone call", SECRETARIAT);
            store.people().recordConsent(person(0), ConsentKind.CONTACT, true, "invitation page", Notice.personsOwn(person(0)));

            assertThat(store.people().mayContact(person(0))).isTrue();
            assertThat(PersonalRecord.json(store, person(0), Instant.EPOCH)).contains("\"to\" : \"contact\"",
                    "\"how\" : \"phone call\"", "\"how\" : \"invitation page\"", "\"by\" : \"secretariat\"");
        }
    }

    @Test
    void aWithdrawalByAMergedRecordHoldsForThePersonKept() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(StoreFixtures.registry(2, 2), JANUARY)) {
            store.people().recordConsent(person(1), ConsentKind.CONTACT, false, "phone call", SECRETARIAT);

            store.people().merge(person(0), person(1), SECRETARIAT);

            assertThat(store.people().mayContact(person(0))).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void thePersonKeptListsTheConsentsOfEveryRecordMergedIntoThemInTheOrderTheyWereRecorded(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(StoreFixtures.registry(3, 2), JANUARY)) {
            store.people().recordConsent(person(2), ConsentKind.PUBLISH_NAME, true, "open registration form", SECRETARIAT);
            store.people().recordConsent(person(1), ConsentKind.CONTACT, false, "phone call", SECRETARIAT);
            store.people().recordConsent(person(0), ConsentKind.PUBLISH_NAME, false, "letter", SECRETARIAT);
            store.people().merge(person(1), person(2), SECRETARIAT);
            store.people().merge(person(0), person(1), SECRETARIAT);
            store.people().recordConsent(person(0), ConsentKind.CONTACT, true, "invitation page", SECRETARIAT);

            assertThat(store.people().consents(person(0)))
                    .extracting(ConsentRecord::person, ConsentRecord::kind, ConsentRecord::given, ConsentRecord::how)
                    .containsExactly(
                            tuple(person(2), ConsentKind.PUBLISH_NAME, true,
                                    "open registration form"),
                            tuple(person(1), ConsentKind.CONTACT, false, "phone call"),
                            tuple(person(0), ConsentKind.PUBLISH_NAME, false, "letter"),
                            tuple(person(0), ConsentKind.CONTACT, true,
                                    "invitation page"));
            assertThat(store.people().consents(person(1))).isEmpty();
            assertThat(store.people().consents(person(2))).isEmpty();
        }
    }
}
