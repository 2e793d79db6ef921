package org.clustermeet.core.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.clustermeet.core.eligibility.EligibilityResult;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registry.Registry;

/**
 * "Who may attend?" in one call: for an event, every person and organisation that could register
 * in each event role, judged on the event's first day by the rule the registration workflow
 * applies ({@link Admission}), with every reason for those who may not. The candidates are the
 * people holding a role at an organisation on that day, once for each such organisation and each
 * event role; the event's status, registration window, capacity and earlier registrations are not
 * judged. Thread-safe.
 */
public final class WhoMayAttend {

    /** The order of the answer: by event role, then person, then organisation. */
    private static final Comparator<Candidate> ORDER = Comparator.comparing(Candidate::role)
            .thenComparing(c -> c.person().id()).thenComparing(c -> c.organisation().id());

    private WhoMayAttend() {
    }

    /**
     * A person who could represent an organisation at an event in a role, and whether they may.
     *
     * @param person       the person, not null
     * @param organisation the organisation at which the person holds a role on the event's first day, not null
     * @param role         the event role, not null
     * @param result       eligible, or every reason why not; not null
     */
    public record Candidate(Person person, Organisation organisation, EventRole role, EligibilityResult result) {

        /**
         * Validates the candidate.
         *
         * @param person       the person, not null
         * @param organisation the organisation, not null
         * @param role         the event role, not null
         * @param result       eligible, or every reason why not; not null
         * @throws NullPointerException if an argument is null
         */
        public Candidate {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(result, "result");
        }

        /** {@return whether the person may register for the organisation in the role} */
        public boolean mayRegister() {
            return result.isEligible();
        }
    }

    /**
     * Judges every candidate for an event.
     *
     * @param registry the registry, not null
     * @param event    the event's id, not null
     * @return every candidate in every event role, by role, then person id, then organisation id
     * @throws IllegalArgumentException if there is no such event
     */
    public static List<Candidate> of(Registry registry, EventId event) {
        Objects.requireNonNull(registry, "registry");
        Event e = registry.event(Objects.requireNonNull(event, "event")).orElseThrow(
                () -> new IllegalArgumentException("no event with id " + event + " in the registry"));
        LocalDate day = e.schedule().firstDay();
        List<Candidate> candidates = new ArrayList<>();
        for (Person person : registry.people()) {
            List<OrganisationId> organisations = person.rolesOn(day).stream().map(PersonRole::organisation)
                    .distinct().toList();
            for (OrganisationId id : organisations) {
                Organisation organisation = registry.organisation(id).orElseThrow();
                for (EventRole role : EventRole.values()) {
                    candidates.add(new Candidate(person, organisation, role,
                            Admission.judge(registry, e, person, organisation, role)));
                }
            }
        }
        candidates.sort(ORDER);
        return List.copyOf(candidates);
    }

    /**
     * Returns only those who may register in one event role.
     *
     * @param registry the registry, not null
     * @param event    the event's id, not null
     * @param role     the event role, not null
     * @return the candidates who may register in that role, by person id, then organisation id
     * @throws IllegalArgumentException if there is no such event
     */
    public static List<Candidate> eligible(Registry registry, EventId event, EventRole role) {
        Objects.requireNonNull(role, "role");
        return of(registry, event).stream().filter(c -> c.role() == role && c.mayRegister()).toList();
    }
}
