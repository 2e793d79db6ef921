package org.clustermeet.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clustermeet.core.registry.TestRegistry.DAY;
import static org.clustermeet.core.registry.TestRegistry.GOLD_DE;
import static org.clustermeet.core.registry.TestRegistry.GOLD_EVENT;
import static org.clustermeet.core.registry.TestRegistry.OPEN_EVENT;
import static org.clustermeet.core.registry.TestRegistry.ZP;
import static org.clustermeet.core.registry.TestRegistry.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clustermeet.core.eligibility.Refusal;
import org.clustermeet.core.event.AdmittedKinds;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registration.RegistrationOutcome;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.TestRegistry;
import org.clustermeet.core.value.DateRange;
import org.junit.jupiter.api.Test;

/**
 * A role at an event is taken by the kinds of role it admits at the represented organisation, held
 * on the event's first day: a cluster manager must be a manager unless the event admits deputies.
 */
class RoleKindAdmissionTest {

    private static final LocalDate SINCE = LocalDate.of(2015, 1, 1);
    private static final String DEPUTY_TITLE = "Zastępczyni menedżera klastra";

    private final Registry registry = TestRegistry.build();

    /** Person 1 of the test registry (at the Gold cluster DE), holding other roles there. */
    private Registry withRoles(PersonRole... roles) {
        Person p = registry.person(TestRegistry.person(1)).orElseThrow();
        return registry.edit().put(new Person(p.id(), p.givenName(), p.familyName(), p.email(), p.phone(),
                List.of(roles), p.namePublication())).apply();
    }

    private static PersonRole deputy() {
        return PersonRole.of(GOLD_DE, DEPUTY_TITLE, SINCE).withKind(RoleKind.DEPUTY_MANAGER);
    }

    private static RegistrationOutcome asManager(Registry registry) {
        return RegistrationWorkflow.register(registry, request("r1", GOLD_EVENT, 1, GOLD_DE,
                EventRole.CLUSTER_MANAGER, 0)).outcome();
    }

    private static Registry admittingDeputies(Registry registry) {
        Event event = registry.event(GOLD_EVENT).orElseThrow();
        return registry.edit().put(event.toBuilder()
                .admitKinds(EventRole.CLUSTER_MANAGER, RoleKind.MANAGER, RoleKind.DEPUTY_MANAGER).build()).apply();
    }

    @Test
    void aDeputyManagerIsRefusedAsClusterManagerSayingWhichRoleSheHolds() {
        RegistrationOutcome o = asManager(withRoles(deputy()));
        assertThat(o).isInstanceOfSatisfying(RegistrationOutcome.Refused.class, r -> {
            assertThat(r.refusals()).extracting(Refusal::reason).containsExactly(Refusal.Reason.ROLE_KIND_NOT_ADMITTED);
            assertThat(r.reasons()).containsExactly("Given1 Family1 holds the role 'deputy manager' at Gold cluster "
                    + "DE, not 'manager', and so cannot register as cluster manager");
            assertThat(r.refusals().get(0).describe(Locale.forLanguageTag("pl"))).contains("„zastępca menedżera”");
        });
    }

    @Test
    void anEventThatAdmitsDeputiesAcceptsThem() {
        RegistrationOutcome o = asManager(admittingDeputies(withRoles(deputy())));
        assertThat(o).isInstanceOf(RegistrationOutcome.Accepted.class);
    }

    @Test
    void aRoleWhoseKindIsNotStatedIsRefusedNamingItsTitle() {
        RegistrationOutcome o = asManager(withRoles(PersonRole.of(GOLD_DE, DEPUTY_TITLE, SINCE)));
        assertThat(o).isInstanceOfSatisfying(RegistrationOutcome.Refused.class, r -> assertThat(r.reasons())
                .containsExactly("the kind of Given1 Family1's role at Gold cluster DE (\"" + DEPUTY_TITLE + "\") is "
                        + "not stated, and registering as cluster manager takes the role 'manager'"));
    }

    @Test
    void oneRoleOfAnAdmittedKindAmongSeveralAtTheOrganisationIsEnough() {
        RegistrationOutcome o = asManager(withRoles(PersonRole.of(GOLD_DE, "Board", SINCE)
                .withKind(RoleKind.BOARD_MEMBER), PersonRole.of(GOLD_DE, "Manager", SINCE).withKind(RoleKind.MANAGER)));
        assertThat(o).isInstanceOf(RegistrationOutcome.Accepted.class);
    }

    @Test
    void aManagerRoleAtAnotherOrganisationDoesNotCount() {
        RegistrationOutcome o = asManager(withRoles(deputy(), PersonRole.of(ZP, "Manager", SINCE)
                .withKind(RoleKind.MANAGER)));
        assertThat(o).isInstanceOfSatisfying(RegistrationOutcome.Refused.class, r -> assertThat(r.refusals())
                .extracting(Refusal::reason).containsExactly(Refusal.Reason.ROLE_KIND_NOT_ADMITTED));
    }

    @Test
    void theKindIsJudgedOnTheEventsFirstDay() {
        PersonRole deputyUntilTheDayBefore = new PersonRole(GOLD_DE, DEPUTY_TITLE, DateRange.of(SINCE,
                DAY.minusDays(1)), false, Optional.of(RoleKind.DEPUTY_MANAGER));
        PersonRole managerFromTheDay = PersonRole.of(GOLD_DE, "Manager", DAY).withKind(RoleKind.MANAGER);
        assertThat(asManager(withRoles(deputyUntilTheDayBefore, managerFromTheDay)))
                .isInstanceOf(RegistrationOutcome.Accepted.class);

        PersonRole managerUntilTheDayBefore = new PersonRole(GOLD_DE, "Manager", DateRange.of(SINCE,
                DAY.minusDays(1)), false, Optional.of(RoleKind.MANAGER));
        PersonRole deputyFromTheDay = PersonRole.of(GOLD_DE, DEPUTY_TITLE, DAY).withKind(RoleKind.DEPUTY_MANAGER);
        assertThat(asManager(withRoles(managerUntilTheDayBefore, deputyFromTheDay)))
                .isInstanceOf(RegistrationOutcome.Refused.class);
    }

    @Test
    void rolesOtherThanClusterManagerAdmitAnyKindByDefault() {
        Registry r = withRoles(PersonRole.of(GOLD_DE, "Staff", SINCE).withKind(RoleKind.STAFF));
        RegistrationOutcome o = RegistrationWorkflow.register(r, request("r1", OPEN_EVENT, 1, GOLD_DE,
                EventRole.OBSERVER, 0)).outcome();
        assertThat(o).isInstanceOf(RegistrationOutcome.Accepted.class);
    }

    @Test
    void aRoleWhoseAffiliationIsWaivedIsNotCheckedForItsKind() {
        Registry r = withRoles(deputy());
        Event open = r.event(OPEN_EVENT).orElseThrow().toBuilder().waiveAffiliationFor(EventRole.CLUSTER_MANAGER)
                .build();
        RegistrationOutcome o = RegistrationWorkflow.register(r.edit().put(open).apply(), request("r1", OPEN_EVENT,
                1, GOLD_DE, EventRole.CLUSTER_MANAGER, 0)).outcome();
        assertThat(o).isInstanceOf(RegistrationOutcome.Accepted.class);
    }

    @Test
    void anEditThatMakesAManagerADeputyNamesTheRegistrationAsNoLongerEligible() {
        Registry registered = RegistrationWorkflow.register(registry, request("r1", GOLD_EVENT, 1, GOLD_DE,
                EventRole.CLUSTER_MANAGER, 0)).registry();
        Person p = registered.person(TestRegistry.person(1)).orElseThrow();
        EditResult edit = RegistrationWorkflow.edit(registered, e -> e.put(new Person(p.id(), p.givenName(),
                p.familyName(), p.email(), p.phone(), List.of(deputy()), p.namePublication())));
        assertThat(edit.noLongerEligible()).singleElement().satisfies(i -> assertThat(i.reasons())
                .containsExactly("Given1 Family1 holds the role 'deputy manager' at Gold cluster DE, not 'manager', "
                        + "and so cannot register as cluster manager"));
    }

    @Test
    void byDefaultOnlyAClusterManagerIsRestrictedAndToManagers() {
        assertThat(AdmittedKinds.DEFAULT.byRole()).isEqualTo(Map.of(EventRole.CLUSTER_MANAGER, Set.of(RoleKind.MANAGER)));
        assertThat(registry.event(GOLD_EVENT).orElseThrow().admittedKinds()).isEqualTo(AdmittedKinds.DEFAULT);
        assertThat(AdmittedKinds.DEFAULT.withAnyKindFor(EventRole.CLUSTER_MANAGER)).isEqualTo(AdmittedKinds.ANY);
        assertThat(AdmittedKinds.ANY.admits(EventRole.CLUSTER_MANAGER, Optional.empty())).isTrue();
    }

    @Test
    void aRoleAdmittingNoKindAtAllIsRefusedSayingHowToAdmitAny() {
        assertThatThrownBy(() -> AdmittedKinds.ANY.with(EventRole.SPEAKER, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("admitted kinds of speaker are empty: a role that admits any kind is left out instead");
    }
}
