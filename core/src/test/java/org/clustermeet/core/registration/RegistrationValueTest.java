package org.clustermeet.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Random;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.junit.jupiter.api.Test;

/** A registration behaves as the value it describes, whatever it keeps inside. */
class RegistrationValueTest {

    private static final Instant ARRIVAL = Instant.parse("2019-11-20T09:15:30.123456789Z");

    private static Registration registration(RegistrationState state, Optional<Instant> at, AttendanceMode mode) {
        return new Registration(RegistrationId.of("r1"), EventId.of("e1"), PersonId.of("p1"), OrganisationId.of("o1"),
                EventRole.CLUSTER_MANAGER, state, at, mode);
    }

    @Test
    void givesBackEveryComponentAsGiven() {
        Registration r = registration(RegistrationState.WAITLISTED, Optional.of(ARRIVAL), AttendanceMode.ONLINE);
        assertThat(r.id()).isEqualTo(RegistrationId.of("r1"));
        assertThat(r.event()).isEqualTo(EventId.of("e1"));
        assertThat(r.person()).isEqualTo(PersonId.of("p1"));
        assertThat(r.organisation()).isEqualTo(OrganisationId.of("o1"));
        assertThat(r.role()).isEqualTo(EventRole.CLUSTER_MANAGER);
        assertThat(r.state()).isEqualTo(RegistrationState.WAITLISTED);
        assertThat(r.registeredAt()).contains(ARRIVAL);
        assertThat(r.attends()).isEqualTo(AttendanceMode.ONLINE);
    }

    @Test
    void keepsAnyArrivalTimeExactlyAndItsAbsence() {
        Random random = new Random(20191204L);
        for (int i = 0; i < 1_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong() % 100_000_000_000L, random.nextInt(1_000_000_000));
            assertThat(registration(RegistrationState.REGISTERED, Optional.of(at), AttendanceMode.IN_PERSON)
                    .registeredAt()).contains(at);
        }
        assertThat(registration(RegistrationState.REGISTERED, Optional.of(Instant.MIN), AttendanceMode.IN_PERSON)
                .registeredAt()).contains(Instant.MIN);
        assertThat(registration(RegistrationState.REGISTERED, Optional.of(Instant.EPOCH), AttendanceMode.IN_PERSON)
                .registeredAt()).contains(Instant.EPOCH);
        assertThat(registration(RegistrationState.REGISTERED, Optional.empty(), AttendanceMode.IN_PERSON)
                .registeredAt()).isEmpty();
    }

    @Test
    void isEqualToAnotherWithTheSameComponentsOnly() {
        Registration r = registration(RegistrationState.REGISTERED, Optional.of(ARRIVAL), AttendanceMode.IN_PERSON);
        Registration same = registration(RegistrationState.REGISTERED, Optional.of(ARRIVAL), AttendanceMode.IN_PERSON);
        assertThat(r).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(r).isNotEqualTo(r.withState(RegistrationState.ATTENDED))
                .isNotEqualTo(registration(RegistrationState.REGISTERED, Optional.empty(), AttendanceMode.IN_PERSON))
                .isNotEqualTo(registration(RegistrationState.REGISTERED, Optional.of(ARRIVAL.plusNanos(1)),
                        AttendanceMode.IN_PERSON))
                .isNotEqualTo(registration(RegistrationState.REGISTERED, Optional.of(ARRIVAL), AttendanceMode.ONLINE));
    }

    @Test
    void printsItsComponentsAsARecordWould() {
        assertThat(registration(RegistrationState.CANCELLED, Optional.empty(), AttendanceMode.IN_PERSON))
                .hasToString("Registration[id=r1, event=e1, person=p1, organisation=o1, role=CLUSTER_MANAGER, "
                        + "state=CANCELLED, registeredAt=Optional.empty, attends=IN_PERSON]");
    }

    @Test
    void aCopyInAnotherStateKeepsEverythingElse() {
        Registration r = registration(RegistrationState.WAITLISTED, Optional.of(ARRIVAL), AttendanceMode.ONLINE);
        Registration promoted = r.withState(RegistrationState.REGISTERED);
        assertThat(promoted).isEqualTo(registration(RegistrationState.REGISTERED, Optional.of(ARRIVAL),
                AttendanceMode.ONLINE));
        assertThat(promoted.holdsPlace()).isTrue();
        assertThat(r.withState(RegistrationState.WAITLISTED)).isSameAs(r);
    }

    @Test
    void cannotBeMovedToTheWaitingListWithoutAnArrivalTime() {
        Registration r = registration(RegistrationState.REGISTERED, Optional.empty(), AttendanceMode.IN_PERSON);
        assertThatThrownBy(() -> r.withState(RegistrationState.WAITLISTED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("registration r1 is waitlisted and needs its arrival time (registeredAt), which orders the "
                        + "waiting list");
    }

    @Test
    void refusesAHybridAttendance() {
        assertThatThrownBy(() -> registration(RegistrationState.REGISTERED, Optional.empty(), AttendanceMode.HYBRID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("registration r1: a person attends IN_PERSON or ONLINE, not HYBRID");
    }
}
