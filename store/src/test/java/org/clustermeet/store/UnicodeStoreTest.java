package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.ORG;

import java.nio.file.Path;
import java.time.LocalDate;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registry.Registry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Text outside the Basic Multilingual Plane survives the snapshot and the journal byte for byte; broken text never gets in. */
class UnicodeStoreTest {

    /** Polish, Greek, a supplementary letter, an emoji with a modifier, a right-to-left name, a combining mark. */
    private static final String GIVEN = "Łucja Ελένη 𝔘 👩🏽‍🔬";
    private static final String FAMILY = "שרה Zoe\u0308 Nowak-Żółć";

    @TempDir
    Path folder;

    private static Person person(String id) {
        return Person.of(PersonId.of(id), GIVEN, FAMILY).withRole(PersonRole.of(ORG, "Członkini 𝔘",
                LocalDate.of(2019, 1, 1)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void supplementaryCharactersAreReadBackExactlyFromTheSnapshotAndTheJournal(TestDatabase.Kind kind)
            throws Exception {
        Registry initial = StoreFixtures.registry(1, 1).toBuilder().add(person("in-snapshot")).build();
        try (TestDatabase db = TestDatabase.fresh(kind, folder)) {
            try (RegistryStore store = db.create(initial, JANUARY)) {
                store.edit(e -> e.put(person("in-journal")), StoreFixtures.ACTOR);
            }
            try (RegistryStore reopened = db.open(JANUARY)) {
                for (String id : new String[] {"in-snapshot", "in-journal"}) {
                    Person read = reopened.registry().person(PersonId.of(id)).orElseThrow();
                    assertThat(read.givenName()).contains(GIVEN);
                    assertThat(read.familyName()).contains(FAMILY);
                    assertThat(read).isEqualTo(person(id));
                }
                reopened.compact();
            }
            try (RegistryStore compacted = db.open(JANUARY)) {
                assertThat(compacted.registry().person(PersonId.of("in-journal"))).contains(person("in-journal"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anUnpairedSurrogateCannotReachTheStore(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore store = db.create(StoreFixtures.registry(1, 1), JANUARY)) {
            assertThatThrownBy(() -> store.edit(e -> e.put(Person.of(PersonId.of("broken"), "Anna\uD800", "Nowak")),
                    StoreFixtures.ACTOR))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unpaired surrogate \\uD800 at index 4");
            assertThat(store.sequence()).isZero();
        }
    }
}
