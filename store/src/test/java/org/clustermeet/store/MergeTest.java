package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.ORG;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.file.Path;
import java.util.Optional;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.core.workflow.MergeResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Merging two records of one person through the store: recorded, replayed, and the old id an alias. */
class MergeTest {

    private static final Actor ORGANISER = Actor.of("secretariat");

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aMergeIsRecordedReplayedAndTheMergedIdStillFindsThePerson(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            Registry merged;
            try (RegistryStore store = db.create(StoreFixtures.registry(3, 2), JANUARY)) {
                store.registerNow(EVENT, person(0), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, ORGANISER);
                store.registerNow(EVENT, person(1), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, ORGANISER);
                store.registerNow(EVENT, person(2), ORG, EventRole.OBSERVER, AttendanceMode.IN_PERSON, ORGANISER);

                MergeResult m = store.people().merge(person(0), person(1), ORGANISER);

                assertThat(m.duplicates()).extracting(Registration::person).containsExactly(person(0));
                assertThat(m.promotions().promoted()).extracting(Registration::person).containsExactly(person(2));
                assertThat(store.outbox().of(person(2))).extracting(e -> e.notice().kind())
                        .contains(Notice.Kind.PROMOTED);
                merged = store.registry();
            }
            try (RegistryStore store = db.open(JANUARY)) {
                assertThat(store.registry()).isEqualTo(merged);
                assertThat(store.registry().person(person(1))).isEmpty();
                assertThat(store.people().resolve(person(1))).contains(person(0));
                assertThat(store.people().resolve(person(0))).contains(person(0));
                assertThat(store.people().resolve(PersonId.of("nobody"))).isEmpty();
                assertThat(store.history(person(1))).extracting(h -> h.happening().kind())
                        .contains(Happening.Kind.MERGED);
                assertThat(store.history(person(0))).last().satisfies(h -> assertThat(h.actor())
                        .isEqualTo(Optional.of(ORGANISER)));
                assertThat(store.registry().registrationsFor(EVENT)).filteredOn(r -> r.state()
                        == RegistrationState.REGISTERED).extracting(Registration::person)
                        .containsExactlyInAnyOrder(person(0), person(2));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aRefusedMergeRecordsNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(StoreFixtures.registry(2, 2), JANUARY)) {
            long sequence = store.sequence();

            assertThatThrownBy(() -> store.people().merge(person(0), PersonId.of("nobody"), ORGANISER))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no person with id nobody");
            assertThat(store.sequence()).isEqualTo(sequence);
        }
    }
}
