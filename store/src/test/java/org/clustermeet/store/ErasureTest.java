package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.ORG;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.PhoneNumber;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.core.workflow.HistoryEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Erasing a person: gone from the registry, every journal row, every snapshot and the outbox. */
class ErasureTest {

    private static final Actor ORGANISER = Actor.of("secretariat");
    private static final PersonId ERASED = person(0);
    /** What the erased person was called and reached by, in some version: none may remain. */
    private static final List<String> PERSONAL = List.of("Wenceslas", "Quernhorst", "w.quernhorst@example.org",
            "wq.earlier@example.org", "+48600700811", "Vice-chair of the board");

    @TempDir
    Path folder;

    private static Registry registry() {
        Registry base = StoreFixtures.registry(3, 1);
        Person p = new Person(ERASED, "Wenceslas", "Quernhorst", Optional.of(EmailAddress.of("wq.earlier@example.org")),
                Optional.of(PhoneNumber.of("+48600700811")), base.person(ERASED).orElseThrow().roles());
        return base.edit().put(p).apply();
    }

    /** Leaves the person's data in a snapshot, in rows before and after it, and in mail notices. */
    private static void recordALife(RegistryStore store) {
        store.invitations().issue(EVENT, ERASED, Locale.ENGLISH, ORGANISER);
        store.registerNow(EVENT, ERASED, ORG, EventRole.ASSOCIATION_REPRESENTATIVE, AttendanceMode.IN_PERSON,
                ORGANISER);
        store.edit(e -> e.put(store.registry().person(ERASED).orElseThrow()
                .withEmail(EmailAddress.of("w.quernhorst@example.org"))
                .withRole(PersonRole.declared(ORG, "Vice-chair of the board", java.time.LocalDate.of(2019, 6, 1)))),
                ORGANISER);
        store.compact();
        // refused: already registered, and the refusal's reasons name the person
        store.registerNow(EVENT, ERASED, ORG, EventRole.ASSOCIATION_REPRESENTATIVE, AttendanceMode.ONLINE, ORGANISER);
        store.registerNow(EVENT, person(1), ORG, EventRole.ASSOCIATION_REPRESENTATIVE, AttendanceMode.IN_PERSON,
                ORGANISER);
    }

    private static String text(TestDatabase db) throws Exception {
        return new String(db.bytes(), StandardCharsets.ISO_8859_1);
    }

    private static String liveText(TestDatabase db) throws Exception {
        return new String(db.liveBytes(), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void afterErasureNoByteOfThePersonsDataRemainsAndTheChecksumsStillVerify(TestDatabase.Kind kind)
            throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.create(registry(), JANUARY)) {
                recordALife(store);
            }
            // the earlier address was only in the first snapshot, which compacting dropped (H2 keeps its bytes)
            assertThat(text(db)).as("the data is there to be erased").contains(PERSONAL.stream()
                    .filter(s -> !s.startsWith("wq.earlier")).toList());

            ErasureReport report;
            try (RegistryStore store = db.open(JANUARY)) {
                report = store.people().erase(List.of(ERASED), ORGANISER);
            }

            assertThat(report.erased()).containsExactly(ERASED);
            assertThat(report.rowsRewritten()).isGreaterThanOrEqualTo(1);
            assertThat(report.snapshotsRewritten()).isEqualTo(1);
            assertThat(report.noticesScrubbed()).isGreaterThanOrEqualTo(1);
            String bytes = text(db);
            String live = liveText(db);
            assertThat(live).as("what is not erased can be found").contains("Family 1", "Family 2");
            for (String personal : PERSONAL) {
                assertThat(bytes).as(personal).doesNotContain(personal);
                assertThat(live).as(personal).doesNotContain(personal);
            }
            try (RegistryStore store = db.open(JANUARY)) {
                assertThat(store.history(ERASED)).extracting(h -> h.happening().kind())
                        .contains(Happening.Kind.REGISTERED, Happening.Kind.ERASED);
                assertThat(store.registry().person(ERASED).orElseThrow().isErased()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theRegistrationsStaySoTheEventsFiguresDoNotChange(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(registry(), JANUARY)) {
            recordALife(store);
            List<Registration> before = store.registry().registrations();

            store.people().erase(List.of(ERASED), ORGANISER);

            assertThat(store.registry().registrations()).isEqualTo(before);
            Person erased = store.registry().person(ERASED).orElseThrow();
            assertThat(erased.fullName()).isEqualTo("a participant");
            assertThat(erased.roles()).extracting(PersonRole::organisation).containsOnly(ORG);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void erasingAgainDoesNothing(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(registry(), JANUARY)) {
            recordALife(store);
            store.people().erase(List.of(ERASED), ORGANISER);
            long sequence = store.sequence();

            ErasureReport again = store.people().erase(List.of(ERASED, person(1)), ORGANISER);

            assertThat(again.alreadyErased()).containsExactly(ERASED);
            assertThat(again.erased()).containsExactly(person(1));
            assertThat(store.people().erase(List.of(ERASED, person(1)), ORGANISER).nothingErased()).isTrue();
            assertThat(store.sequence()).isEqualTo(sequence + 1);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anotherStoreOnTheDatabaseReadsTheErasureAndGoesOnRegistering(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore first = RegistryStore.create(db.dataSource(), registry(), JANUARY);
             RegistryStore second = RegistryStore.open(db.dataSource(), JANUARY)) {
            recordALife(first);
            second.refresh();

            first.people().erase(List.of(ERASED), ORGANISER);
            var outcome = second.registerNow(EVENT, person(2), ORG, EventRole.ASSOCIATION_REPRESENTATIVE,
                    AttendanceMode.IN_PERSON, ORGANISER);

            assertThat(outcome.changes().isEmpty()).isFalse();
            assertThat(second.registry().person(ERASED).orElseThrow().isErased()).isTrue();
            assertThat(first.refresh().registrations()).hasSize(second.registry().registrations().size());
            List<HistoryEntry> history = first.history(EVENT);
            assertThat(history).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void retentionErasesThoseWhoseLastEventEndedLongerAgoAndRunsAgainWithNoEffect(TestDatabase.Kind kind)
            throws Exception {
        // the workshop was on 2020-02-01: on 2021-02-15, 12 months' retention is over, 13 months' is not
        Clock later = Clock.fixed(Instant.parse("2021-02-15T08:00:00Z"), ZoneOffset.UTC);
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.create(registry(), JANUARY)) {
                recordALife(store);
            }
            try (RegistryStore store = db.open(later)) {
                assertThat(store.people().retain(13, ORGANISER).nothingErased()).isTrue();

                ErasureReport report = store.people().retain(12, ORGANISER);

                assertThat(report.erased()).containsExactly(ERASED, person(1));
                assertThat(store.registry().person(person(2)).orElseThrow().isErased())
                        .as("never registered: not covered by retention").isFalse();
                assertThat(store.people().retain(12, ORGANISER)).isEqualTo(new ErasureReport(List.of(), List.of(), 0, 0, 0, 0));
            }
            assertThat(liveText(db)).doesNotContain("Quernhorst", "Family 1").contains("Family 2");
        }
    }

    @Test
    void aPersonNotInTheStoreIsRefusedAndNothingIsErased() throws Exception {
        try (TestDatabase db = TestDatabase.fresh(TestDatabase.Kind.H2, folder);
             RegistryStore store = db.create(registry(), JANUARY)) {
            long sequence = store.sequence();

            assertThatThrownBy(() -> store.people().erase(List.of(ERASED, PersonId.of("nobody")), ORGANISER))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("person nobody is not in the store");
            assertThat(store.sequence()).isEqualTo(sequence);
            assertThat(store.registry().person(ERASED).orElseThrow().isErased()).isFalse();
        }
    }
}
