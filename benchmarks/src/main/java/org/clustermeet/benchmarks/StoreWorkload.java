package org.clustermeet.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.testkit.RegistryGenerator;

/**
 * The registry the durable-registration benchmarks share: a generated registry with 10,000
 * registrations over 20 events, plus 20 synthetic workshops (affiliation waived, 1,000 places
 * each) and 150,000 synthetic people who each register once, in turn, for the workshops in turn.
 * The workshops share the registrations out as the generated events do: a registration's cost
 * grows with the number of registrations its event already has (the rules are checked over the
 * event's registrations).
 */
final class StoreWorkload {

    /** Who asks for the benchmarks' registrations. */
    static final Actor ACTOR = Actor.of("benchmark");

    static final int PEOPLE = 150_000;
    static final int WORKSHOPS = 20;
    /** Before the workshop, while its registration is open. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    private StoreWorkload() {
    }

    static Registry registry() {
        Registry base = RegistryGenerator.generate(new RegistryGenerator.Settings(2_000, 20, 10_000, 11L));
        RegistryBuilder b = base.toBuilder();
        for (int w = 0; w < WORKSHOPS; w++) {
            b.add(Event.builder(workshop(w), "Synthetic benchmark workshop " + w, EventKind.MATCHMAKING,
                    EventSchedule.day(LocalDate.of(2031, 1, 15))).capacity(1_000)
                    .waiveAffiliationFor(EventRole.OBSERVER).build());
        }
        for (int i = 0; i < PEOPLE; i++) {
            b.add(Person.of(person(i), "Synthetic", "Person " + i));
        }
        return b.build();
    }

    static EventId workshop(int i) {
        return EventId.of("benchmark-workshop-" + i % WORKSHOPS);
    }

    static PersonId person(int i) {
        return PersonId.of("benchmark-person-" + i);
    }

    /** The organisation every synthetic person names (the workshop waives the affiliation rule). */
    static OrganisationId organisation(Registry registry) {
        return registry.clusterOrganisations().get(0).id();
    }

    /**
     * The next person's number, failing loudly when the benchmark has used them all (a refusal
     * would write nothing); person i registers for {@link #workshop(int) workshop(i)}.
     */
    static int next(AtomicInteger counter) {
        int i = counter.getAndIncrement();
        if (i >= PEOPLE) {
            throw new IllegalStateException("the benchmark registered all " + PEOPLE + " people: shorten the iterations");
        }
        return i;
    }

    /** Fails when a registration was refused: a refused registration records nothing and would flatter the score. */
    static RegistrationOutcome accepted(RegistrationOutcome outcome) {
        if (outcome instanceof RegistrationOutcome.Refused refused) {
            throw new IllegalStateException("benchmark registration refused: " + refused.describe());
        }
        return outcome;
    }

    static AttendanceMode inPerson() {
        return AttendanceMode.IN_PERSON;
    }
}
