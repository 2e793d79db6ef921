package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Feedback;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationRequest;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.LocalizedText;
import org.junit.jupiter.api.Test;

/** Two records of one person made one: roles, consent, registrations and references move; duplicates go. Illustrative people. */
class MergeTest {

    private static final OrganisationId ORG = OrganisationId.of("illustrative-association");
    private static final EventId EVENT = EventId.of("workshop");
    private static final PersonId ANNA = PersonId.of("anna-1");
    private static final PersonId ANNA_AGAIN = PersonId.of("anna-2");
    private static final PersonId JAN = PersonId.of("jan");
    private static final LocalDate FROM = LocalDate.of(2019, 1, 1);

    /** Capacity 2: anna-1 registers at 10:00, anna-2 at 10:05 (both hold a place), jan waits from 10:10. */
    private static Registry registry() {
        Session panel = Session.of(SessionId.of("panel"), 1, "Panel", SessionFormat.PANEL)
                .withChairs(List.of(ANNA_AGAIN))
                .withContributions(List.of(Contribution.of(ANNA_AGAIN, "Clusters")))
                .withFeedback(List.of(new Feedback(Optional.of(ANNA_AGAIN), LocalizedText.english("Useful"))));
        Registry r = Registry.builder()
                .add(ClusterAssociation.of(ORG, "Illustrative association", CountryCode.of("PL")))
                .add(Event.builder(EVENT, "Illustrative workshop", EventKind.MATCHMAKING,
                        EventSchedule.day(LocalDate.of(2030, 2, 1))).capacity(2).sessions(panel).build())
                .add(Person.of(ANNA, "Anna", "Nowak").withEmail(EmailAddress.of("anna@example.org"))
                        .withRole(PersonRole.of(ORG, "Member", FROM)).withNamePublication(NamePublication.YES))
                .add(Person.of(ANNA_AGAIN, "Anna", "Nowak").withRole(PersonRole.of(ORG, "Expert", FROM))
                        .withRole(PersonRole.of(ORG, "Member", FROM)).withNamePublication(NamePublication.NO))
                .add(Person.of(JAN, "Jan", "Kowalski").withRole(PersonRole.of(ORG, "Member", FROM)))
                .build();
        r = register(r, "r-1", ANNA, 0);
        r = register(r, "r-2", ANNA_AGAIN, 5);
        return register(r, "r-3", JAN, 10);
    }

    private static Registry register(Registry r, String id, PersonId person, int minute) {
        return RegistrationWorkflow.register(r, new RegistrationRequest(RegistrationId.of(id), EVENT, person, ORG,
                EventRole.OBSERVER, Instant.parse("2030-01-10T10:00:00Z").plusSeconds(60L * minute))).registry();
    }

    @Test
    void theKeptPersonGainsTheOthersRolesOnceAndTheStricterAnswerOnTheName() {
        MergeResult m = RegistrationWorkflow.merge(registry(), ANNA, ANNA_AGAIN);

        assertThat(m.kept().roles()).extracting(PersonRole::title).containsExactly("Member", "Expert");
        assertThat(m.kept().email()).contains(EmailAddress.of("anna@example.org"));
        assertThat(m.kept().namePublication()).isEqualTo(NamePublication.NO);
        assertThat(m.registry().person(ANNA_AGAIN)).isEmpty();
    }

    @Test
    void theLaterOfTwoRegistrationsForOneEventIsCancelledAndItsPlaceGoesToTheWaitingList() {
        MergeResult m = RegistrationWorkflow.merge(registry(), ANNA, ANNA_AGAIN);

        assertThat(m.duplicates()).containsExactly(m.registry().registration(RegistrationId.of("r-2")).orElseThrow());
        assertThat(m.registry().registration(RegistrationId.of("r-2")).orElseThrow())
                .extracting(Registration::person, Registration::state)
                .containsExactly(ANNA, RegistrationState.CANCELLED);
        assertThat(m.promotions().promoted()).extracting(Registration::id).containsExactly(RegistrationId.of("r-3"));
        assertThat(m.registry().registration(RegistrationId.of("r-1")).orElseThrow().state())
                .isEqualTo(RegistrationState.REGISTERED);
    }

    @Test
    void keepingTheLaterRecordStillKeepsTheEarlierArrival() {
        MergeResult m = RegistrationWorkflow.merge(registry(), ANNA_AGAIN, ANNA);

        assertThat(m.duplicates()).extracting(Registration::id).containsExactly(RegistrationId.of("r-2"));
        assertThat(m.registry().registration(RegistrationId.of("r-1")).orElseThrow())
                .extracting(Registration::person, Registration::state)
                .containsExactly(ANNA_AGAIN, RegistrationState.REGISTERED);
    }

    @Test
    void sessionReferencesMoveToTheKeptPerson() {
        MergeResult m = RegistrationWorkflow.merge(registry(), ANNA, ANNA_AGAIN);

        Session panel = m.registry().event(EVENT).orElseThrow().sessions().get(0);
        assertThat(panel.referencedPeople()).containsOnly(ANNA);
    }

    @Test
    void theHistorySaysWhoWasMergedIntoWhomAndWhatItCancelled() {
        MergeResult m = RegistrationWorkflow.merge(registry(), ANNA, ANNA_AGAIN);

        List<Happening> happened = Happening.of(m);
        assertThat(happened).extracting(Happening::kind).containsExactly(Happening.Kind.MERGED, Happening.Kind.MERGED,
                Happening.Kind.CANCELLED, Happening.Kind.PROMOTED);
        assertThat(happened.get(0).mergedInto()).contains(ANNA);
        assertThat(happened.get(1).mergedInto()).isEmpty();
        assertThat(happened.get(2).detail()).isEqualTo("duplicate, when anna-2 was merged into anna-1");
        assertThat(registry().apply(m.changes())).isEqualTo(m.registry());
    }

    @Test
    void aPersonIsNotMergedIntoItselfNorAMissingOne() {
        assertThatThrownBy(() -> RegistrationWorkflow.merge(registry(), ANNA, ANNA))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot merge person anna-1 into itself");
        assertThatThrownBy(() -> RegistrationWorkflow.merge(registry(), ANNA, PersonId.of("nobody")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no person with id nobody");
    }
}
