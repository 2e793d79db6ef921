package org.clustermeet.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.Actor;

/**
 * Illustrative data (not from the domain facts): one association, people who work for it, and an
 * event on 1 February 2020 with limited places; the clock stands in January 2020, while
 * registration is open.
 */
final class StoreFixtures {

    static final EventId EVENT = EventId.of("workshop");
    static final OrganisationId ORG = OrganisationId.of("association");
    /** Who asks for the steps of the tests. */
    static final Actor ACTOR = Actor.of("store-test");
    static final Clock JANUARY = Clock.fixed(Instant.parse("2020-01-10T09:00:00Z"), ZoneOffset.UTC);

    private StoreFixtures() {
    }

    static Registry registry(int people, int capacity) {
        RegistryBuilder b = Registry.builder().add(ClusterAssociation.of(ORG, "Illustrative association",
                        CountryCode.of("PL")))
                .add(Event.builder(EVENT, "Illustrative workshop", EventKind.MATCHMAKING,
                        EventSchedule.day(LocalDate.of(2020, 2, 1))).capacity(capacity).build());
        for (int i = 0; i < people; i++) {
            b.add(Person.of(person(i), "Given", "Family " + i)
                    .withRole(PersonRole.of(ORG, "Member", LocalDate.of(2019, 1, 1))));
        }
        return b.build();
    }

    static PersonId person(int i) {
        return PersonId.of("p" + i);
    }
}
