package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.clustermeet.core.registry.TestRegistry.GOLD_DE;
import static org.clustermeet.core.registry.TestRegistry.GOLD_EVENT;
import static org.clustermeet.core.registry.TestRegistry.SAC;
import static org.clustermeet.core.registry.TestRegistry.ZP;
import static org.clustermeet.core.registry.TestRegistry.request;

import java.time.LocalDate;
import java.util.List;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.eligibility.Refusal;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.query.IneligibleRegistration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.TestRegistry;
import org.clustermeet.core.report.EventReports;
import org.clustermeet.core.value.DateRange;
import org.junit.jupiter.api.Test;

/**
 * A registration holding a place that a later change takes the right to away is named by the
 * step and by the event's report, and kept: the organiser decides.
 */
class NoLongerEligibleTest {

    /** Person 1, manager at the Gold cluster DE (label valid until 2021-02-28), holds a place at the Gold-only meeting. */
    private final Registry registered = RegistrationWorkflow.register(TestRegistry.build(), request("r1", GOLD_EVENT, 1,
            GOLD_DE, EventRole.CLUSTER_MANAGER, 0)).registry();

    private static List<Refusal.Reason> reasons(List<IneligibleRegistration> ineligible) {
        return ineligible.stream().flatMap(i -> i.refusals().stream()).map(Refusal::reason).toList();
    }

    @Test
    void movingAGoldOnlyEventPastTheLabelsExpiryNamesTheRegistrationAndKeepsIt() {
        EventChangeResult moved = RegistrationWorkflow.changeEvent(registered, registered.event(GOLD_EVENT)
                .orElseThrow().withSchedule(EventSchedule.day(LocalDate.of(2021, 6, 1))));
        assertThat(moved.noLongerEligible()).extracting(i -> i.registration().id())
                .containsExactly(RegistrationId.of("r1"));
        assertThat(reasons(moved.noLongerEligible())).containsExactly(Refusal.Reason.LABEL_EXPIRED,
                Refusal.Reason.WRONG_KIND);
        assertThat(moved.registry().registration(RegistrationId.of("r1")).orElseThrow().state())
                .isEqualTo(RegistrationState.REGISTERED);
        assertThat(EventReports.of(moved.registry()).report(GOLD_EVENT).noLongerEligible())
                .isEqualTo(moved.noLongerEligible());
    }

    @Test
    void aRoleEndedByAnEditIsNamedByTheEdit() {
        Person person = registered.person(TestRegistry.person(1)).orElseThrow();
        Person left = new Person(person.id(), person.givenName(), person.familyName(), person.email(), person.phone(),
                List.of(new PersonRole(GOLD_DE, "Manager", DateRange.of(LocalDate.of(2015, 1, 1),
                        LocalDate.of(2019, 11, 30)))), person.namePublication());
        EditResult edit = RegistrationWorkflow.edit(registered, e -> e.put(left));
        assertThat(edit.noLongerEligible()).singleElement().satisfies(i -> {
            assertThat(i.registration().id()).isEqualTo(RegistrationId.of("r1"));
            assertThat(i.reasons()).containsExactly("Given1 Family1 holds no role at Gold cluster DE on 2019-12-04 "
                    + "and so cannot represent it");
        });
    }

    @Test
    void aMembershipEndedAfterAMemberRegisteredIsNamedByTheEdit() {
        // an illustrative members' meeting of ZP on 2019-12-04; person 0 represents the Illustrative aviation cluster
        EventId members = EventId.of("zp-members");
        Registry r = registered.edit().put(Event.builder(members, "ZP members' meeting", EventKind.THEMATIC_MEETING,
                EventSchedule.day(TestRegistry.DAY)).capacity(10).eligibility(EligibilityPolicy.memberOf(ZP)).build())
                .apply();
        r = RegistrationWorkflow.register(r, request("m1", members, 0, SAC, EventRole.CLUSTER_MANAGER, 0)).registry();
        Membership ended = r.membership(MembershipId.of("sac-in-zp")).orElseThrow()
                .endedOn(LocalDate.of(2019, 11, 30));
        EditResult edit = RegistrationWorkflow.edit(r, e -> e.put(ended));
        assertThat(edit.noLongerEligible()).extracting(i -> i.registration().id())
                .containsExactly(RegistrationId.of("m1"));
        assertThat(reasons(edit.noLongerEligible())).containsExactly(Refusal.Reason.NOT_A_MEMBER);
    }

    @Test
    void anEditThatTakesNoRightAwayNamesNobody() {
        Person other = registered.person(TestRegistry.person(2)).orElseThrow();
        EditResult edit = RegistrationWorkflow.edit(registered, e -> e.put(other.withRole(PersonRole.of(GOLD_DE,
                "Board member", LocalDate.of(2018, 1, 1)))));
        assertThat(edit.noLongerEligible()).isEmpty();
    }

    @Test
    void aRegistrationAlreadyIneligibleIsNotNamedAgainByTheNextChange() {
        EventChangeResult moved = RegistrationWorkflow.changeEvent(registered, registered.event(GOLD_EVENT)
                .orElseThrow().withSchedule(EventSchedule.day(LocalDate.of(2021, 6, 1))));
        EventChangeResult again = RegistrationWorkflow.changeEvent(moved.registry(), moved.registry().event(GOLD_EVENT)
                .orElseThrow().withCapacity(3));
        assertThat(again.noLongerEligible()).isEmpty();
        assertThat(EventReports.of(again.registry()).report(GOLD_EVENT).noLongerEligible()).hasSize(1);
    }

    @Test
    void aHeldEventIsHistoryAndReportsNobody() {
        Registry held = RegistrationWorkflow.changeEvent(registered, registered.event(GOLD_EVENT).orElseThrow()
                .withSchedule(EventSchedule.day(LocalDate.of(2021, 6, 1))).withStatus(EventStatus.HELD)).registry();
        assertThat(EventReports.of(held).report(GOLD_EVENT).noLongerEligible()).isEmpty();
    }
}
