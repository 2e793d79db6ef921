package org.clustermeet.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.clustermeet.core.registry.TestRegistry.ECA;
import static org.clustermeet.core.registry.TestRegistry.ESCA;
import static org.clustermeet.core.registry.TestRegistry.GOLD_DE;
import static org.clustermeet.core.registry.TestRegistry.SAC;
import static org.clustermeet.core.registry.TestRegistry.ZP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.membership.MembershipRole;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.workflow.RegistrationWorkflow;
import org.junit.jupiter.api.Test;

/** Referential integrity, cross-entity rules and validate(). */
class IntegrityTest {

    private final Registry registry = TestRegistry.build();

    @Test
    void builtRegistryValidatesClean() {
        assertThat(registry.validate()).isEmpty();
    }

    @Test
    void aBuilderTellsWhetherAnIdIsTakenByWhatItStartedFromOrByWhatWasAdded() {
        RegistryBuilder b = registry.toBuilder();
        OrganisationId added = OrganisationId.of("illustrative-added");

        assertThat(b.contains(EntityKind.ORGANISATION, GOLD_DE)).isTrue();
        assertThat(b.contains(EntityKind.ORGANISATION, added)).isFalse();
        b.add(ClusterAssociation.of(added, "Illustrative association", CountryCode.of("PL")));
        assertThat(b.contains(EntityKind.ORGANISATION, added)).isTrue();
        assertThat(b.contains(EntityKind.PERSON, PersonId.of("illustrative-added"))).isFalse();
    }

    @Test
    void everyDanglingReferenceIsReportedTogether() {
        RegistryBuilder b = Registry.builder()
                .add(QualityLabel.of(LabelId.of("l1"), OrganisationId.of("nobody"), OrganisationId.of("no-issuer"),
                        LabelLevel.BRONZE, LocalDate.of(2019, 1, 1)))
                .add(new Person(PersonId.of("p"), "Jan", "Kowalski", Optional.empty(), Optional.empty(),
                        List.of(PersonRole.of(OrganisationId.of("ghost"), "Manager", LocalDate.of(2019, 1, 1)))))
                .add(new Registration(RegistrationId.of("r"), EventId.of("no-event"), PersonId.of("p"),
                        OrganisationId.of("ghost"), EventRole.OBSERVER, RegistrationState.REGISTERED, Instant.EPOCH));
        assertThat(b.validate()).extracting(IntegrityProblem::toString).containsExactly(
                "person p: role \"Manager\" refers to organisation ghost, which does not exist",
                "label l1: holder nobody does not exist",
                "label l1: issuer no-issuer does not exist",
                "registration r: event no-event does not exist",
                "registration r: organisation ghost does not exist");
        RegistryIntegrityException e = catchThrowableOfType(RegistryIntegrityException.class, b::build);
        assertThat(e.problems()).hasSize(5);
        assertThat(e).hasMessageStartingWith("cannot build registry: 5 problems: person p:");
    }

    @Test
    void duplicateIdsAreReported() {
        RegistryBuilder b = Registry.builder()
                .add(ClusterAssociation.of(ZP, "A", CountryCode.of("PL")))
                .add(ClusterAssociation.of(ZP, "B", CountryCode.of("PL")));
        assertThat(b.validate()).extracting(IntegrityProblem::toString).containsExactly("organisation zp: duplicate organisation id");
    }

    @Test
    void removingAnOrganisationStillReferencedIsRefusedNamingTheReferrers() {
        assertThatThrownBy(() -> registry.edit().remove(SAC).apply())
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("cannot remove organisation sac")
                .hasMessageContaining("label illustrative-gold-2017: holder sac does not exist")
                .hasMessageContaining("membership sac-in-zp: member sac does not exist");
    }

    @Test
    void removingAnUnreferencedOrganisationWorks() {
        Registry r = registry.edit().put(ClusterAssociation.of(OrganisationId.of("lonely"), "L", CountryCode.of("DE"))).apply();
        assertThat(r.edit().remove(OrganisationId.of("lonely")).apply()).isEqualTo(registry);
    }

    @Test
    void removingSomethingUnknownIsAnArgumentError() {
        assertThatThrownBy(() -> registry.edit().remove(PersonId.of("nobody")).apply())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no person with id nobody in the registry");
    }

    @Test
    void labelHolderMustBeAClusterOrganisation() {
        assertThatThrownBy(() -> registry.edit().put(QualityLabel.of(LabelId.of("x"), ZP, ESCA, LabelLevel.BRONZE,
                LocalDate.of(2019, 1, 1))).apply())
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("label x: holder zp is a cluster association, not a cluster organisation");
    }

    @Test
    void labelIssuerMustBeALabellingBody() {
        assertThatThrownBy(() -> registry.edit().put(QualityLabel.of(LabelId.of("x"), SAC, ZP, LabelLevel.BRONZE,
                LocalDate.of(2019, 1, 1))).apply())
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("issuer zp is a cluster association, not a labelling body");
    }

    @Test
    void renewalThirteenMonthsAfterExpiryIsRefusedByTheRegistry() {
        QualityLabel late = new QualityLabel(LabelId.of("late"), SAC, ESCA, LabelLevel.BRONZE,
                LocalDate.of(2020, 3, 28), QualityLabel.defaultValidUntil(LocalDate.of(2020, 3, 28)), Optional.empty(),
                Optional.of(LabelId.of("illustrative-gold-2017")));
        assertThatThrownBy(() -> registry.edit().put(late).apply()).isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("comes too late");
    }

    @Test
    void renewalOfAnotherHoldersLabelIsRefused() {
        QualityLabel wrong = new QualityLabel(LabelId.of("wrong"), GOLD_DE, ESCA, LabelLevel.BRONZE,
                LocalDate.of(2019, 3, 1), LocalDate.of(2021, 3, 31), Optional.empty(),
                Optional.of(LabelId.of("illustrative-gold-2017")));
        assertThatThrownBy(() -> registry.edit().put(wrong).apply()).isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("of another holder");
    }

    @Test
    void labelAssessedFrom15November2019RequiresAnEccpListing() {
        QualityLabel unlisted = QualityLabel.of(LabelId.of("new"), GOLD_DE, ESCA, LabelLevel.BRONZE,
                LocalDate.of(2019, 11, 15));
        assertThatThrownBy(() -> registry.edit().put(unlisted).apply()).isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("label new: holder gold-de is not listed on the ECCP");
        Registry listed = registry.edit().put(((org.clustermeet.core.organisation.ClusterOrganisation)
                registry.organisation(GOLD_DE).orElseThrow()).toBuilder().listedOnEccp(true).build()).apply();
        assertThat(listed.edit().put(unlisted).apply().label(LabelId.of("new"))).isPresent();
    }

    @Test
    void labelAssessedBefore15November2019NeedsNoEccpListing() {
        assertThat(registry.edit().put(QualityLabel.of(LabelId.of("old"), GOLD_DE, ESCA, LabelLevel.BRONZE,
                LocalDate.of(2019, 11, 14))).apply().label(LabelId.of("old"))).isPresent();
    }

    @Test
    void clusterCannotJoinAnAllianceDirectly() {
        assertThatThrownBy(() -> registry.edit().put(Membership.of(MembershipId.of("m"), SAC, ECA,
                MembershipRole.MEMBER, LocalDate.of(2020, 1, 1))).apply())
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("member sac is a cluster organisation, but members of an alliance are cluster associations");
    }

    @Test
    void overlappingMembershipsOfOnePairAreRefused() {
        assertThatThrownBy(() -> registry.edit().put(Membership.of(MembershipId.of("again"), SAC, ZP,
                MembershipRole.BOARD, LocalDate.of(2018, 1, 1))).apply())
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("membership sac-in-zp: overlaps membership again of sac in zp");
    }

    @Test
    void importedRegistrationsBeyondCapacityAreRefused() {
        Registry r = registry;
        for (int i = 0; i < 2; i++) {
            r = r.edit().put(new Registration(RegistrationId.of("r" + i), TestRegistry.GOLD_EVENT,
                    TestRegistry.person(i), GOLD_DE, EventRole.CLUSTER_MANAGER, RegistrationState.REGISTERED,
                    Instant.EPOCH)).apply();
        }
        Registry full = r;
        assertThatThrownBy(() -> full.edit().put(new Registration(RegistrationId.of("r9"), TestRegistry.GOLD_EVENT,
                TestRegistry.person(9), GOLD_DE, EventRole.CLUSTER_MANAGER, RegistrationState.ATTENDED, Instant.EPOCH)).apply())
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("3 registrations hold a place, above the capacity of 2");
    }

    @Test
    void waitlistedRegistrationBesideFreePlacesIsRefused() {
        assertThatThrownBy(() -> registry.edit().put(new Registration(RegistrationId.of("w"),
                TestRegistry.GOLD_EVENT, TestRegistry.person(1), GOLD_DE, EventRole.CLUSTER_MANAGER,
                RegistrationState.WAITLISTED, Instant.EPOCH)).apply())
                .isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("registration w: is waitlisted although event gold-event has 2 free places");
    }

    @Test
    void sessionSpeakerMustExist() {
        Event e = Event.builder(EventId.of("e"), "E", EventKind.WEBINAR, EventSchedule.day(LocalDate.of(2020, 1, 1)))
                .sessions(org.clustermeet.core.event.Session.of(org.clustermeet.core.id.SessionId.of("s"), 1, "S",
                        org.clustermeet.core.event.SessionFormat.PANEL).withChairs(List.of(PersonId.of("ghost"))))
                .build();
        assertThatThrownBy(() -> registry.edit().put(e).apply()).isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("event e: session s refers to person ghost, who does not exist");
    }

    @Test
    void parentEventMustExist() {
        Event side = Event.builder(EventId.of("side"), "Side", EventKind.SIDE_EVENT,
                EventSchedule.day(LocalDate.of(2019, 12, 3))).parent(EventId.of("missing")).build();
        assertThatThrownBy(() -> registry.edit().put(side).apply()).isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("event side: parent event missing does not exist");
    }

    @Test
    void removingAnEventWithRegistrationsIsRefused() {
        Registry r = RegistrationWorkflow.register(registry, TestRegistry.request("r1", TestRegistry.OPEN_EVENT, 1, GOLD_DE,
                EventRole.OBSERVER, 0)).registry();
        assertThatThrownBy(() -> r.edit().remove(TestRegistry.OPEN_EVENT).apply()).isInstanceOf(RegistryIntegrityException.class)
                .hasMessageContaining("registration r1: event open-event does not exist");
    }

    @Test
    void failedChangeLeavesTheRegistryUntouched() {
        Registry before = registry;
        assertThatThrownBy(() -> registry.edit().remove(SAC).apply()).isInstanceOf(RegistryIntegrityException.class);
        assertThat(registry).isEqualTo(before);
        assertThat(registry.organisation(SAC)).isPresent();
    }
}
