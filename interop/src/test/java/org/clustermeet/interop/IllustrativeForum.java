package org.clustermeet.interop;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.EmailAddress;

/**
 * An illustrative two-day forum in Kraków in 2031 (not real data): two timed sessions and one
 * without times; one speaker who said yes to publishing her name (with an e-mail address) and one
 * who was not asked.
 */
public final class IllustrativeForum {

    /** The forum. */
    public static final EventId EVENT = EventId.of("illustrative-two-day-forum");
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private IllustrativeForum() {
    }

    private static ZonedDateTime at(int day, int hour) {
        return ZonedDateTime.of(2031, 4, day, hour, 0, 0, 0, WARSAW);
    }

    /** {@return the registry holding the forum} */
    public static Registry registry() {
        OrganisationId org = OrganisationId.of("illustrative-association");
        return Registry.builder()
                .add(ClusterAssociation.of(org, "Illustrative association", CountryCode.of("PL")))
                .add(Person.of(PersonId.of("consenting"), "Zofia", "Illustrative")
                        .withRole(PersonRole.of(org, "President", LocalDate.of(2020, 1, 1)))
                        .withEmail(EmailAddress.of("zofia@example.org")).withNamePublication(NamePublication.YES))
                .add(Person.of(PersonId.of("private"), "Jan", "Hidden")
                        .withRole(PersonRole.of(org, "Expert", LocalDate.of(2020, 1, 1))))
                .add(Event.builder(EVENT, "Illustrative two-day forum", EventKind.CONFERENCE,
                                EventSchedule.days(LocalDate.of(2031, 4, 9), LocalDate.of(2031, 4, 10)))
                        .venue(new Venue(Optional.of("Illustrative Hall"), "Kraków", CountryCode.of("PL")))
                        .organisers(org).languages("en")
                        .sessions(Session.of(SessionId.of("opening"), 1, "Opening", SessionFormat.PLENARY)
                                        .withSlot(new TimeSlot(at(9, 9), at(9, 10)))
                                        .withContributions(List.of(Contribution.of(PersonId.of("consenting"), "Welcome"),
                                                Contribution.of(PersonId.of("private"), "Greetings"))),
                                Session.of(SessionId.of("workshop"), 2, "Workshop on labels", SessionFormat.WORKSHOP)
                                        .withSlot(new TimeSlot(at(10, 14), at(10, 16))),
                                Session.of(SessionId.of("untimed"), 3, "Networking", SessionFormat.PLENARY))
                        .build())
                .build();
    }
}
