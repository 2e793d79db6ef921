package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.ORG;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.file.Path;
import java.time.LocalDate;

import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryIntegrityException;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.HistoryEntry;
import org.clustermeet.testkit.Brussels2019;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a store records and what it gives back when opened again, on H2 and on PostgreSQL. */
class RegistryStoreTest {

    @TempDir
    Path folder;

    private RegistrationOutcome register(RegistryStore store, int person) {
        return store.registerNow(EVENT, person(person), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON,
                StoreFixtures.ACTOR).outcome();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aCreatedStoreOpensToTheRegistryItWasGiven(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            Registry sample = Brussels2019.registry();
            db.create(sample, JANUARY).close();
            try (RegistryStore store = db.open(JANUARY)) {
                assertThat(store.registry()).isEqualTo(sample);
                assertThat(store.sequence()).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void everyAcknowledgedRegistrationIsThereAfterReopening(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            Registry expected;
            try (RegistryStore store = db.create(StoreFixtures.registry(5, 2), JANUARY)) {
                for (int p = 0; p < 5; p++) {
                    register(store, p);
                }
                expected = store.registry();
                assertThat(store.sequence()).isEqualTo(5);
            }
            try (RegistryStore reopened = db.open(JANUARY)) {
                assertThat(reopened.registry()).isEqualTo(expected);
                assertThat(reopened.sequence()).isEqualTo(5);
                assertThat(reopened.registry().registrationsFor(EVENT)).extracting(r -> r.state())
                        .containsExactly(RegistrationState.REGISTERED, RegistrationState.REGISTERED,
                                RegistrationState.WAITLISTED, RegistrationState.WAITLISTED,
                                RegistrationState.WAITLISTED);
            }
            assertThat(db.count("SELECT COUNT(*) FROM clustermeet_journal")).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRefusedRegistrationLeavesNoRow(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(StoreFixtures.registry(2, 2), JANUARY)) {
            register(store, 0);
            RegistrationOutcome again = register(store, 0);

            assertThat(again).isInstanceOf(RegistrationOutcome.Refused.class);
            assertThat(((RegistrationOutcome.Refused) again).reasons()).singleElement().asString()
                    .contains("already");
            assertThat(store.sequence()).isEqualTo(1);
            assertThat(db.count("SELECT COUNT(*) FROM clustermeet_journal")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void storeGivenIdsFollowTheSequenceNumber(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(StoreFixtures.registry(2, 2), JANUARY)) {
            RegistrationOutcome first = register(store, 0);
            RegistrationOutcome second = register(store, 1);

            assertThat(((RegistrationOutcome.Accepted) first).registration().id()).isEqualTo(RegistrationId.of("r-1"));
            assertThat(((RegistrationOutcome.Accepted) second).registration().id()).isEqualTo(RegistrationId.of("r-2"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void cancellingPromotesTheFirstWaitingAndBothSurviveReopening(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.create(StoreFixtures.registry(3, 1), JANUARY)) {
                register(store, 0);
                register(store, 1);
                register(store, 2);
                var result = store.cancel(RegistrationId.of("r-1"), StoreFixtures.ACTOR);
                assertThat(result.promoted()).map(r -> r.id().value()).contains("r-2");
            }
            try (RegistryStore reopened = db.open(JANUARY)) {
                Registry r = reopened.registry();
                assertThat(r.registration(RegistrationId.of("r-1")).orElseThrow().state())
                        .isEqualTo(RegistrationState.CANCELLED);
                assertThat(r.registration(RegistrationId.of("r-2")).orElseThrow().state())
                        .isEqualTo(RegistrationState.REGISTERED);
                assertThat(r.registration(RegistrationId.of("r-3")).orElseThrow().state())
                        .isEqualTo(RegistrationState.WAITLISTED);
                assertThat(r.validate()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void attendanceEventChangesAndEditsAreJournalledToo(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            Registry expected;
            try (RegistryStore store = db.create(StoreFixtures.registry(3, 1), JANUARY)) {
                register(store, 0);
                register(store, 1);
                var changed = store.changeEvent(store.registry().event(EVENT).orElseThrow().withCapacity(2),
                        StoreFixtures.ACTOR);
                assertThat(changed.promotions().promoted()).hasSize(1);
                store.markAttended(RegistrationId.of("r-1"), StoreFixtures.ACTOR);
                store.edit(e -> e.put(ClusterAssociation.of(ORG, "Renamed association", CountryCode.of("PL"))),
                        StoreFixtures.ACTOR);
                expected = store.registry();
                assertThat(store.sequence()).isEqualTo(5);
            }
            try (RegistryStore reopened = db.open(JANUARY)) {
                assertThat(reopened.registry()).isEqualTo(expected);
                assertThat(reopened.registry().registration(RegistrationId.of("r-1")).orElseThrow().state())
                        .isEqualTo(RegistrationState.ATTENDED);
                assertThat(db.count("SELECT COUNT(DISTINCT kind) FROM clustermeet_journal")).isEqualTo(4);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void cancellingAnEventClosesItsRegistrationsInOneChange(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.create(StoreFixtures.registry(3, 1), JANUARY)) {
                register(store, 0);
                register(store, 1);
                store.cancelEvent(EVENT, StoreFixtures.ACTOR);
                assertThat(store.sequence()).isEqualTo(3);
            }
            try (RegistryStore reopened = db.open(JANUARY)) {
                assertThat(reopened.registry().event(EVENT).orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
                assertThat(reopened.registry().registrationsFor(EVENT)).extracting(r -> r.state())
                        .containsOnly(RegistrationState.CANCELLED_BY_ORGANISER);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anEditThatBreaksARuleIsRefusedAndRecordsNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 1), JANUARY)) {
            QualityLabel dangling = QualityLabel.of(LabelId.of("label"), OrganisationId.of("nobody"),
                    OrganisationId.of("issuer"), LabelLevel.BRONZE, LocalDate.of(2019, 1, 1));

            assertThatThrownBy(() -> store.edit(e -> e.put(dangling), StoreFixtures.ACTOR))
                    .isInstanceOf(RegistryIntegrityException.class).hasMessageContaining("nobody");
            assertThat(store.sequence()).isZero();
            assertThat(db.count("SELECT COUNT(*) FROM clustermeet_journal")).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void compactionWritesASnapshotToOpenFromAndKeepsTheJournalAsHistory(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            Registry expected;
            try (RegistryStore store = db.create(StoreFixtures.registry(4, 2), JANUARY)) {
                for (int p = 0; p < 3; p++) {
                    register(store, p);
                }
                assertThat(store.compact()).isEqualTo(3);
                register(store, 3);
                expected = store.registry();
            }
            assertThat(db.count("SELECT COUNT(*) FROM clustermeet_journal")).isEqualTo(4);
            assertThat(db.count("SELECT COUNT(*) FROM clustermeet_snapshot")).isEqualTo(1);
            assertThat(db.count("SELECT MAX(seq) FROM clustermeet_snapshot")).isEqualTo(3);
            try (RegistryStore reopened = db.open(JANUARY)) {
                assertThat(reopened.registry()).isEqualTo(expected);
                assertThat(reopened.sequence()).isEqualTo(4);
                assertThat(reopened.compact()).isEqualTo(1);
                assertThat(reopened.compact()).isZero();
                assertThat(reopened.history(EVENT)).extracting(HistoryEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
            }
        }
    }
}
