package org.clustermeet.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Delivery;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.event.Feedback;
import org.clustermeet.core.event.PolicyLevel;
import org.clustermeet.core.event.ProposedTopic;
import org.clustermeet.core.event.RegistrationWindow;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.fact.StatedFigure;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.label.GoldAssessment;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.membership.MembershipRole;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.NameHistory;
import org.clustermeet.core.organisation.NameStart;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.NaceCode;
import org.clustermeet.core.value.NutsCode;
import org.clustermeet.core.value.PhoneNumber;
import org.clustermeet.core.value.WebLink;

/**
 * Shared test data for the JSON tests: illustrative, not facts. {@link #full()} uses every optional
 * field and every eligibility policy kind at least once, and times on both sides of a
 * daylight-saving change.
 */
final class Fixtures {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Fixtures() {
    }

    static RegistryJson json() {
        return RegistryJson.defaults();
    }

    static Registry full() {
        OrganisationId esca = OrganisationId.of("esca");
        OrganisationId cluster = OrganisationId.of("cluster-gr");
        OrganisationId association = OrganisationId.of("association-gr");
        PersonId anna = PersonId.of("anna");
        ZonedDateTime start = ZonedDateTime.of(LocalDateTime.of(2019, 10, 26, 9, 0), BRUSSELS);
        ZonedDateTime end = ZonedDateTime.of(LocalDateTime.of(2019, 10, 27, 17, 30), BRUSSELS);
        Event conference = Event.builder(EventId.of("conference"), "Illustrative conference", EventKind.CONFERENCE,
                        EventSchedule.timed(new TimeSlot(start, end)))
                .localTitle("pl", "Konferencja")
                .venue(Venue.of("Hall \"A\"", "Brussels", CountryCode.of("BE")))
                .organisers(association, esca)
                .capacity(2)
                .eligibility(EligibilityPolicy.anyOf(
                        EligibilityPolicy.allOf(EligibilityPolicy.holdsLabel(LabelLevel.SILVER),
                                EligibilityPolicy.memberOf(association)),
                        EligibilityPolicy.not(EligibilityPolicy.hasEventRole(EventRole.OBSERVER,
                                EventRole.ORGANISER)),
                        EligibilityPolicy.representsKind(OrganisationKind.LABELLING_BODY)))
                .materials(WebLink.of("https://example.org/slides.pdf"))
                .languages("en", "el")
                .sessions(new Session(SessionId.of("s1"), 1, LocalizedText.english("Opening"), SessionFormat.PANEL,
                                Optional.of(new TimeSlot(start, start.plusHours(2))), List.of(anna),
                                List.of(new Contribution(anna, LocalizedText.english("Clusters"),
                                        List.of(WebLink.of("https://example.org/talk")))),
                                List.of(new ProposedTopic(LocalizedText.english("Digital innovation hubs"),
                                        Optional.of(anna), Optional.of(PolicyLevel.EU), Optional.of(12))),
                                List.of(new Feedback(Optional.of(anna), LocalizedText.english("Useful")))),
                        new Session(SessionId.of("s2"), 2, LocalizedText.english("After the clock change"),
                                SessionFormat.WORLD_CAFE, Optional.of(new TimeSlot(end.minusHours(2), end)), List.of(),
                                List.of(), List.of(), List.of())
                                .withDelivery(Delivery.online(WebLink.of("https://example.org/cafe"))))
                .registrationWindow(RegistrationWindow.of(Instant.parse("2019-06-01T00:00:00Z"),
                        Instant.parse("2019-10-20T12:00:00Z")))
                .waiveAffiliationFor(EventRole.SPEAKER, EventRole.OBSERVER)
                .admitKinds(EventRole.CLUSTER_MANAGER, org.clustermeet.core.person.RoleKind.MANAGER,
                        org.clustermeet.core.person.RoleKind.DEPUTY_MANAGER)
                .delivery(Delivery.hybrid(WebLink.of("https://example.org/join")))
                .onlineCapacity(1)
                .stated(StatedFigure.of(StatedFigure.Figure.SMES_REPRESENTED, StatedCount.Qualifier.MORE_THAN, 30,
                                "illustrative source"),
                        new StatedFigure(StatedFigure.Figure.SECTORS, StatedCount.Qualifier.AT_LEAST, 2,
                                List.of("tourism", "agri-food"), "illustrative source"))
                .build();
        Event side = Event.builder(EventId.of("side"), "Side meeting", EventKind.SIDE_EVENT,
                EventSchedule.days(LocalDate.of(2019, 10, 25), LocalDate.of(2019, 10, 25))).parent(conference.id())
                .registrationWindow(RegistrationWindow.openingAt(Instant.parse("2019-09-15T06:00:00Z")))
                .status(EventStatus.CANCELLED)
                .build();
        QualityLabel silver = QualityLabel.of(LabelId.of("gr-silver"), cluster, esca, LabelLevel.SILVER,
                LocalDate.of(2017, 5, 2));
        return Registry.builder()
                .add(new LabellingBody(esca, NameHistory.of("ESCA").startingAt(NameStart.began(LocalDate.of(2009, 1, 1))), List.of("European Secretariat for Cluster Analysis"),
                        Optional.of(CountryCode.of("DE")), Optional.of(WebLink.of("https://example.org/esca")),
                        Optional.of(DateRange.of(LocalDate.of(2010, 1, 1)))))
                .add(ClusterOrganisation.builder(cluster, "Illustrative Greek cluster", CountryCode.of("EL"))
                        .localName("el", "Ελληνικό σύμπλεγμα")
                        .names(NameHistory.of(LocalizedText.of(Map.of("en", "Illustrative Greek cluster",
                                        "el", "Ελληνικό σύμπλεγμα")))
                                .renamedOn(LocalDate.of(2019, 1, 1), LocalizedText.english("Illustrative Greek cluster II"))
                                .startingAt(NameStart.unknownBefore(LocalDate.of(2009, 6, 1))))
                        .acronym("IGC").aliases("IGC cluster").region(NutsCode.of("EL30"))
                        .ecosystems(IndustrialEcosystem.TOURISM, IndustrialEcosystem.AGRI_FOOD)
                        .founded(LocalDate.of(2010, 3, 1)).members(40, 35)
                        .membersAsOf(LocalDate.of(2018, 1, 1), 30, 25).membersAsOf(LocalDate.of(2019, 12, 31), 42, 36).nace(NaceCode.of("55.10"))
                        .website(WebLink.of("https://example.org/igc"))
                        .listedOnEccp(DateRange.of(LocalDate.of(2016, 1, 1), LocalDate.of(2022, 12, 31))).build())
                .add(ClusterAssociation.of(association, "Illustrative Greek association", CountryCode.of("GR")))
                .add(new Person(anna, "Anna", "Παπαδοπούλου", Optional.of(EmailAddress.of("anna@example.org")),
                        Optional.of(PhoneNumber.of("+30 210 000 0000")),
                        List.of(new PersonRole(cluster, "Manager", DateRange.of(LocalDate.of(2015, 1, 1),
                                LocalDate.of(2020, 12, 31))), PersonRole.of(association, "Board", LocalDate.of(2018, 1, 1))))
                        .withNamePublication(NamePublication.YES))
                .add(Person.of(PersonId.of("ben"), "Ben", "Observer"))
                .add(silver)
                .add(QualityLabel.renewal(silver, LabelId.of("gr-gold"), esca, LabelLevel.GOLD, LocalDate.of(2019, 6, 3),
                        Optional.of(GoldAssessment.of("85.50", 3))).withValidUntil(LocalDate.of(2021, 5, 31)))
                .add(new Membership(MembershipId.of("m1"), cluster, association, MembershipRole.BOARD,
                        DateRange.of(LocalDate.of(2012, 1, 1), LocalDate.of(2022, 12, 31))))
                .add(conference)
                .add(side)
                .add(new Registration(RegistrationId.of("r1"), conference.id(), anna, cluster, EventRole.SPEAKER,
                        RegistrationState.ATTENDED, Instant.parse("2019-09-01T10:15:30.123Z")))
                .add(new Registration(RegistrationId.of("r2"), conference.id(), PersonId.of("ben"), esca,
                        EventRole.OBSERVER, RegistrationState.REGISTERED, Optional.of(Instant.parse("2019-09-02T08:00:00Z")),
                        AttendanceMode.ONLINE))
                .add(new Registration(RegistrationId.of("r3"), conference.id(), anna, association, EventRole.OBSERVER,
                        RegistrationState.REFUSED, Instant.parse("2019-09-03T08:00:00Z")))
                .add(new Registration(RegistrationId.of("r4"), side.id(), PersonId.of("ben"), esca,
                        EventRole.OBSERVER, RegistrationState.CANCELLED_BY_ORGANISER, Instant.parse("2019-09-16T08:00:00Z")))
                .add(new org.clustermeet.core.fact.StatedCount(org.clustermeet.core.id.FactId.of("gold-2019"),
                        "cluster organisations holding a GOLD label", org.clustermeet.core.fact.StatedCount.Qualifier.ABOUT,
                        100, LocalDate.of(2019, 12, 1), org.clustermeet.core.fact.StatedCount.Precision.MONTH, "news item"))
                .build();
    }
}
