package org.clustermeet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.store.StoreFixtures.EVENT;
import static org.clustermeet.store.StoreFixtures.JANUARY;
import static org.clustermeet.store.StoreFixtures.ORG;
import static org.clustermeet.store.StoreFixtures.person;

import java.nio.file.Path;
import java.time.LocalDate;

import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.core.workflow.HistoryEntry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An event's revision, counted from the rows since the last count, agrees with its whole history. */
class RevisionTest {

    private static final Actor ACTOR = Actor.of("secretariat");

    @TempDir
    Path folder;

    private static int fromHistory(RegistryStore store) {
        return (int) store.history(EVENT).stream().map(HistoryEntry::happening).filter(Happening::changesEvent).count();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theCountKeptAgreesWithTheHistoryAndSeesAnotherProcesssChanges(TestDatabase.Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.fresh(kind, folder);
             RegistryStore one = db.create(StoreFixtures.registry(2, 1), JANUARY);
             RegistryStore two = db.open(JANUARY)) {
            assertThat(one.revision(EVENT)).isZero();
            one.registerNow(EVENT, person(0), ORG, EventRole.ASSOCIATION_REPRESENTATIVE, AttendanceMode.IN_PERSON, ACTOR);
            one.changeEvent(one.registry().event(EVENT).orElseThrow().withCapacity(3), ACTOR);
            assertThat(one.revision(EVENT)).isEqualTo(1);

            two.changeEvent(two.registry().event(EVENT).orElseThrow().withSchedule(
                    EventSchedule.day(LocalDate.of(2020, 2, 2))), ACTOR);
            two.edit(e -> e.put(two.registry().event(EVENT).orElseThrow().withCapacity(4)), ACTOR);

            assertThat(one.revision(EVENT)).isEqualTo(3).isEqualTo(fromHistory(one));
            one.cancelEvent(EVENT, ACTOR);
            assertThat(one.revision(EVENT)).isEqualTo(4).isEqualTo(fromHistory(two)).isEqualTo(two.revision(EVENT));
        }
    }
}
