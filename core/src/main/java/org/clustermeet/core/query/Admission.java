package org.clustermeet.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.clustermeet.core.eligibility.EligibilityContext;
import org.clustermeet.core.eligibility.EligibilityResult;
import org.clustermeet.core.eligibility.Refusal;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.LocalizedText;

/**
 * Who may take part in an event, judged on the registry as it is: the one place for the rule the
 * registration workflow applies to requests and promotions, and that reports apply to the places
 * already taken. A person must hold a role at the organisation they represent on the event's first
 * day (unless the event waives it for the role), of a kind the event admits for the role they ask
 * for (a cluster manager must be a manager, unless the event admits deputies too), and the event's
 * eligibility policy, if any, must admit them on that day. Thread-safe.
 */
public final class Admission {

    private Admission() {
    }

    /**
     * Judges whether a person may represent an organisation at an event in a role.
     *
     * @param registry     the registry, not null
     * @param event        the event, not null
     * @param person       the person, not null
     * @param organisation the organisation, not null
     * @param role         the role at the event, not null
     * @return eligible, or every reason why not
     */
    public static EligibilityResult judge(Registry registry, Event event, Person person, Organisation organisation,
                                          EventRole role) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(role, "role");
        LocalDate day = event.schedule().firstDay();
        List<Refusal> refusals = new ArrayList<>();
        if (event.requiresAffiliation(role)) {
            List<PersonRole> there = person.rolesOn(day).stream()
                    .filter(r -> r.organisation().equals(organisation.id())).toList();
            if (there.isEmpty()) {
                refusals.add(Refusal.of(Refusal.Reason.NO_ROLE_AT_ORGANISATION, person.fullName(),
                        organisation.displayNameOn(day), day));
            } else if (there.stream().noneMatch(r -> event.admits(role, r.kind()))) {
                refusals.add(kindRefusal(person, organisation.displayNameOn(day), there, role,
                        event.admittedKinds().kindsFor(role).orElseThrow()));
            }
        }
        event.eligibility().ifPresent(rule -> refusals.addAll(rule.evaluate(
                new EligibilityContext(person, organisation, role, day, RegistryFacts.of(registry))).refusals()));
        return refusals.isEmpty() ? EligibilityResult.eligible() : new EligibilityResult(refusals);
    }

    /**
     * Judges a registration again on the registry as it is.
     *
     * @param registry     the registry, not null
     * @param registration a registration in it, not null
     * @return eligible, or every reason why not
     */
    public static EligibilityResult judge(Registry registry, Registration registration) {
        Objects.requireNonNull(registration, "registration");
        return judge(registry, registry.event(registration.event()).orElseThrow(),
                registry.person(registration.person()).orElseThrow(),
                registry.organisation(registration.organisation()).orElseThrow(), registration.role());
    }

    /**
     * Returns the registrations holding a place at an event that they would no longer get. Only an
     * event still to come (planned or postponed) is judged: once held or cancelled, it is history.
     *
     * @param registry the registry, not null
     * @param event    the event's id, not null
     * @return the registrations and why, in id order; empty for an event held or cancelled
     * @throws IllegalArgumentException if there is no such event
     */
    public static List<IneligibleRegistration> noLongerEligible(Registry registry, EventId event) {
        Objects.requireNonNull(registry, "registry");
        Event e = registry.event(Objects.requireNonNull(event, "event")).orElseThrow(() -> new IllegalArgumentException(
                "no event with id " + event + " in the registry"));
        if (e.status() != EventStatus.PLANNED && e.status() != EventStatus.POSTPONED) {
            return List.of();
        }
        List<IneligibleRegistration> ineligible = new ArrayList<>();
        for (Registration r : registry.registrationsFor(event)) {
            judgeHolder(registry, r).ifPresent(ineligible::add);
        }
        return ineligible;
    }

    /**
     * Returns the registrations that held a place they were eligible for before a change and are
     * not after it, at every event still to come.
     *
     * @param before the registry before the change, not null
     * @param after  the registry after it, not null
     * @return the registrations as they are after the change and why, in id order
     */
    public static List<IneligibleRegistration> madeIneligible(Registry before, Registry after) {
        Objects.requireNonNull(after, "after");
        List<IneligibleRegistration> made = new ArrayList<>();
        for (Event e : after.events()) {
            made.addAll(madeIneligible(before, after, e.id()));
        }
        return made;
    }

    /**
     * Returns the registrations for one event that held a place they were eligible for before a
     * change and are not after it.
     *
     * @param before the registry before the change, not null
     * @param after  the registry after it, not null
     * @param event  the event's id, not null; it must exist after the change
     * @return the registrations as they are after the change and why, in id order
     * @throws IllegalArgumentException if there is no such event after the change
     */
    public static List<IneligibleRegistration> madeIneligible(Registry before, Registry after, EventId event) {
        Objects.requireNonNull(before, "before");
        List<IneligibleRegistration> made = new ArrayList<>();
        for (IneligibleRegistration now : noLongerEligible(after, event)) {
            Optional<Registration> was = before.registration(now.registration().id());
            boolean wasEligible = was.isPresent() && was.get().state() == RegistrationState.REGISTERED
                    && before.event(event).isPresent() && judge(before, was.get()).isEligible();
            if (wasEligible) {
                made.add(now);
            }
        }
        return made;
    }

    /** Why none of the roles held at the organisation may take the role at the event. */
    private static Refusal kindRefusal(Person person, LocalizedText organisationName, List<PersonRole> there, EventRole role,
                                       Set<RoleKind> admitted) {
        Set<RoleKind> held = EnumSet.noneOf(RoleKind.class);
        there.forEach(r -> r.kind().ifPresent(held::add));
        if (!held.isEmpty()) {
            return Refusal.of(Refusal.Reason.ROLE_KIND_NOT_ADMITTED, person.fullName(), organisationName, held,
                    admitted, role);
        }
        return Refusal.of(Refusal.Reason.ROLE_KIND_NOT_STATED, person.fullName(), organisationName,
                there.stream().map(PersonRole::title).distinct().toList(), admitted, role);
    }

    private static Optional<IneligibleRegistration> judgeHolder(Registry registry, Registration r) {
        if (r.state() != RegistrationState.REGISTERED) {
            return Optional.empty();
        }
        EligibilityResult verdict = judge(registry, r);
        return verdict.isEligible() ? Optional.empty() : Optional.of(new IneligibleRegistration(r, verdict.refusals()));
    }
}
