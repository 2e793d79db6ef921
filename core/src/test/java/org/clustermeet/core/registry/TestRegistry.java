package org.clustermeet.core.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.label.GoldAssessment;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.membership.MembershipRole;
import org.clustermeet.core.organisation.Alliance;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Founding;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.NameHistory;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.organisation.PublicAuthority;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.IndustrialEcosystem;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.workflow.RegistrationWorkflow;

/**
 * A small registry for registry tests (illustrative data, except where names match domain.md):
 * people p0..p19 who agreed to publish their names; a Gold-only event on 2019-12-04 with two places; the Illustrative aviation cluster with a Gold label
 * that expired on 2019-02-28; a current Gold holder; a Silver holder; an association inside an alliance.
 */
public final class TestRegistry {

    public static final LocalDate DAY = LocalDate.of(2019, 12, 4);
    public static final OrganisationId ESCA = OrganisationId.of("esca");
    public static final OrganisationId SAC = OrganisationId.of("sac");
    public static final OrganisationId GOLD_DE = OrganisationId.of("gold-de");
    public static final OrganisationId SILVER_FR = OrganisationId.of("silver-fr");
    public static final OrganisationId ZP = OrganisationId.of("zp");
    public static final OrganisationId ECA = OrganisationId.of("eca");
    public static final OrganisationId MINISTRY = OrganisationId.of("ministry");
    public static final EventId GOLD_EVENT = EventId.of("gold-event");
    public static final EventId OPEN_EVENT = EventId.of("open-event");
    public static final LocalDate RENAMED = LocalDate.of(2019, 11, 15);

    private TestRegistry() {
    }

    public static PersonId person(int n) {
        return PersonId.of("p" + n);
    }

    /** The organisation at which a test person holds their role (from 2015). */
    public static OrganisationId employer(int person) {
        return EMPLOYERS[person % EMPLOYERS.length];
    }

    private static final OrganisationId[] EMPLOYERS = {SAC, GOLD_DE, SILVER_FR, ZP, MINISTRY};

    public static Registry build() {
        RegistryBuilder b = Registry.builder()
                .add(new LabellingBody(ESCA, NameHistory.of("ESCA"), List.of(), Optional.empty(), Optional.empty()))
                .add(ClusterOrganisation.builder(SAC, "Illustrative aviation cluster", CountryCode.of("PL"))
                        .ecosystems(IndustrialEcosystem.AEROSPACE_AND_DEFENCE).members(100, 80).build())
                .add(ClusterOrganisation.builder(GOLD_DE, "Gold cluster DE", CountryCode.of("DE"))
                        .ecosystems(IndustrialEcosystem.HEALTH, IndustrialEcosystem.DIGITAL).members(60, 50).build())
                .add(ClusterOrganisation.builder(SILVER_FR, "Silver cluster FR", CountryCode.of("FR"))
                        .ecosystems(IndustrialEcosystem.HEALTH).members(40, 30).build())
                .add(ClusterAssociation.of(ZP, "Polish Clusters Employers' Association", CountryCode.of("PL")))
                .add(Alliance.of(ECA, "European Clusters Alliance", Founding.on(LocalDate.of(2019, 9, 9))))
                .add(new PublicAuthority(MINISTRY, NameHistory.of("Ministry of Entrepreneurship and Technology")
                        .renamedOn(RENAMED, LocalizedText.english("Ministry of Development")), List.of(),
                        Optional.of(CountryCode.of("PL")), Optional.empty()))
                .add(QualityLabel.gold(LabelId.of("illustrative-gold-2017"), SAC, ESCA, LocalDate.of(2017, 2, 10),
                        GoldAssessment.of("81", 2)))
                .add(QualityLabel.gold(LabelId.of("de-gold-2019"), GOLD_DE, ESCA, LocalDate.of(2019, 3, 1),
                        GoldAssessment.of("90", 2)))
                .add(QualityLabel.of(LabelId.of("fr-silver-2019"), SILVER_FR, ESCA, LabelLevel.SILVER,
                        LocalDate.of(2019, 5, 1)))
                .add(Membership.of(MembershipId.of("sac-in-zp"), SAC, ZP, MembershipRole.MEMBER, LocalDate.of(2015, 1, 1)))
                .add(Membership.of(MembershipId.of("zp-in-eca"), ZP, ECA, MembershipRole.FOUNDING_MEMBER,
                        LocalDate.of(2019, 9, 9)))
                .add(Event.builder(GOLD_EVENT, "Gold managers", EventKind.THEMATIC_MEETING, EventSchedule.day(DAY))
                        .venue(Venue.inCity("Brussels", CountryCode.of("BE")))
                        .capacity(2)
                        .eligibility(EligibilityPolicy.anyOf(
                                EligibilityPolicy.allOf(EligibilityPolicy.hasEventRole(EventRole.CLUSTER_MANAGER),
                                        EligibilityPolicy.holdsLabel(LabelLevel.GOLD)),
                                EligibilityPolicy.representsKind(OrganisationKind.CLUSTER_ASSOCIATION)))
                        .build())
                .add(Event.builder(OPEN_EVENT, "Open webinar", EventKind.WEBINAR,
                        EventSchedule.days(DAY.plusDays(10), DAY.plusDays(11))).build());
        for (int i = 0; i < 20; i++) {
            OrganisationId org = employer(i);
            b.add(new Person(person(i), "Given" + i, "Family" + i, Optional.empty(), Optional.empty(),
                    List.of(PersonRole.of(org, "Manager", LocalDate.of(2015, 1, 1)).withKind(RoleKind.MANAGER)))
                    .withNamePublication(NamePublication.YES));
        }
        return b.build();
    }

    /**
     * The registry with the first registrations for the Gold-only event (two places): r1 (person 1
     * for the Gold cluster DE) and r2 (person 3 for ZP) take the places, r3 (person 6 for the Gold
     * cluster DE) and r4 (person 8 for ZP) wait in that order.
     *
     * @param count how many of the four, 0 to 4
     * @return the registry
     */
    public static Registry withGoldEventRegistrations(int count) {
        RegistrationRequest[] requests = {
            request("r1", GOLD_EVENT, 1, GOLD_DE, EventRole.CLUSTER_MANAGER, 0),
            request("r2", GOLD_EVENT, 3, ZP, EventRole.ASSOCIATION_REPRESENTATIVE, 1),
            request("r3", GOLD_EVENT, 6, GOLD_DE, EventRole.CLUSTER_MANAGER, 2),
            request("r4", GOLD_EVENT, 8, ZP, EventRole.ASSOCIATION_REPRESENTATIVE, 3)};
        Registry r = build();
        for (int i = 0; i < count; i++) {
            r = RegistrationWorkflow.register(r, requests[i]).registry();
        }
        return r;
    }

    public static RegistrationRequest request(String id, EventId event, int person, OrganisationId org, EventRole role,
                                       int minute) {
        return new RegistrationRequest(RegistrationId.of(id), event, person(person), org, role,
                Instant.parse("2019-11-01T10:00:00Z").plusSeconds(60L * minute));
    }
}
