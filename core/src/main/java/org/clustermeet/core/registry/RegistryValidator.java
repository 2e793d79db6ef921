package org.clustermeet.core.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.Alliance;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Founding;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.Problem.EntityKind;

/**
 * Finds every integrity problem of a registry's content at once: duplicate ids, dangling
 * references, wrong kinds of organisation, late renewals, overlapping memberships, repeated
 * registrations, events over capacity and waiting lists beside free places.
 */
final class RegistryValidator {

    private final Contents contents;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<OrganisationId, Organisation> organisations;
    private final Map<PersonId, Person> people;
    private final Map<LabelId, QualityLabel> labels;
    private final Map<EventId, Event> events;

    private RegistryValidator(Contents contents, Map<OrganisationId, Organisation> organisations,
                              Map<PersonId, Person> people, Map<LabelId, QualityLabel> labels,
                              Map<EventId, Event> events, List<Problem> duplicates) {
        this.contents = contents;
        this.organisations = organisations;
        this.people = people;
        this.labels = labels;
        this.events = events;
        this.problems.addAll(duplicates);
    }

    /**
     * Validates content whose entities are already indexed by id.
     *
     * @param contents      the entities, not null
     * @param organisations the organisations by id (first occurrence of an id), not null
     * @param people        the people by id, not null
     * @param labels        the labels by id, not null
     * @param events        the events by id, not null
     * @param duplicates    the duplicate-id problems found while indexing, not null
     * @return every problem, the duplicates first, in a stable order; empty when consistent
     */
    static List<Problem> validate(Contents contents, Map<OrganisationId, Organisation> organisations,
                                  Map<PersonId, Person> people, Map<LabelId, QualityLabel> labels,
                                  Map<EventId, Event> events, List<Problem> duplicates) {
        RegistryValidator v = new RegistryValidator(Objects.requireNonNull(contents, "contents"), organisations, people,
                labels, events, duplicates);
        v.checkOrganisations();
        v.checkPeople();
        v.checkLabels();
        v.checkMemberships();
        v.checkEvents();
        v.checkRegistrations();
        return List.copyOf(v.problems);
    }

    private void problem(EntityKind kind, Object id, String message) {
        problems.add(new Problem(kind, id.toString(), message));
    }

    private void checkOrganisations() {
        for (Organisation o : contents.organisations()) {
            Optional<EventId> foundedAt = Optional.empty();
            if (o instanceof ClusterAssociation a) {
                foundedAt = a.founding().flatMap(Founding::atEvent);
            } else if (o instanceof Alliance a) {
                foundedAt = a.founding().flatMap(Founding::atEvent);
            }
            foundedAt.filter(e -> !events.containsKey(e)).ifPresent(e ->
                    problem(EntityKind.ORGANISATION, o.id(), "founding event " + e + " does not exist"));
        }
    }

    private void checkPeople() {
        for (Person p : contents.people()) {
            for (PersonRole r : p.roles()) {
                if (!organisations.containsKey(r.organisation())) {
                    problem(EntityKind.PERSON, p.id(), "role \"" + r.title() + "\" refers to organisation "
                            + r.organisation() + ", which does not exist");
                }
            }
        }
    }

    private void checkLabels() {
        for (QualityLabel l : contents.labels()) {
            requireKind(EntityKind.LABEL, l.id(), "holder", l.holder(), OrganisationKind.CLUSTER_ORGANISATION);
            if (organisations.get(l.holder()) instanceof ClusterOrganisation holder && !holder.listedOnEccp()
                    && !l.assessedOn().isBefore(QualityLabel.ECCP_LISTING_REQUIRED_FROM)) {
                problem(EntityKind.LABEL, l.id(), "holder " + l.holder() + " is not listed on the ECCP, which labels "
                        + "assessed from " + QualityLabel.ECCP_LISTING_REQUIRED_FROM + " require (assessed on "
                        + l.assessedOn() + ")");
            }
            requireKind(EntityKind.LABEL, l.id(), "issuer", l.issuer(), OrganisationKind.LABELLING_BODY);
            l.renews().ifPresent(previousId -> {
                QualityLabel previous = labels.get(previousId);
                if (previous == null) {
                    problem(EntityKind.LABEL, l.id(), "renews label " + previousId + ", which does not exist");
                } else {
                    l.renewalProblem(previous).ifPresent(p -> problem(EntityKind.LABEL, l.id(), p));
                }
            });
        }
    }

    private void checkMemberships() {
        List<Membership> all = List.copyOf(contents.memberships());
        for (Membership m : all) {
            Organisation group = organisations.get(m.group());
            Organisation member = organisations.get(m.member());
            if (group == null) {
                problem(EntityKind.MEMBERSHIP, m.id(), "group " + m.group() + " does not exist");
            }
            if (member == null) {
                problem(EntityKind.MEMBERSHIP, m.id(), "member " + m.member() + " does not exist");
            }
            if (group == null || member == null) {
                continue;
            }
            OrganisationKind expectedMember = switch (group.kind()) {
                case CLUSTER_ASSOCIATION -> OrganisationKind.CLUSTER_ORGANISATION;
                case ALLIANCE -> OrganisationKind.CLUSTER_ASSOCIATION;
                default -> null;
            };
            if (expectedMember == null) {
                problem(EntityKind.MEMBERSHIP, m.id(), "group " + m.group() + " is a " + group.kind().label()
                        + "; only cluster associations and alliances have members");
            } else if (member.kind() != expectedMember) {
                problem(EntityKind.MEMBERSHIP, m.id(), "member " + m.member() + " is a " + member.kind().label()
                        + ", but members of a " + group.kind().label() + " are " + expectedMember.label() + "s");
            }
        }
        Map<List<OrganisationId>, List<Membership>> byPair = new LinkedHashMap<>();
        for (Membership m : all) {
            byPair.computeIfAbsent(List.of(m.member(), m.group()), k -> new ArrayList<>()).add(m);
        }
        for (List<Membership> pair : byPair.values()) {
            for (int i = 0; i < pair.size(); i++) {
                for (int j = i + 1; j < pair.size(); j++) {
                    Membership a = pair.get(i);
                    Membership b = pair.get(j);
                    if (!a.id().equals(b.id()) && a.period().overlaps(b.period())) {
                        problem(EntityKind.MEMBERSHIP, b.id(), "overlaps membership " + a.id() + " of " + a.member()
                                + " in " + a.group());
                    }
                }
            }
        }
    }

    private void checkEvents() {
        for (Event e : contents.events()) {
            for (OrganisationId organiser : e.organisers()) {
                if (!organisations.containsKey(organiser)) {
                    problem(EntityKind.EVENT, e.id(), "organiser " + organiser + " does not exist");
                }
            }
            e.parent().ifPresent(parent -> {
                if (!events.containsKey(parent)) {
                    problem(EntityKind.EVENT, e.id(), "parent event " + parent + " does not exist");
                } else if (hasParentCycle(e)) {
                    problem(EntityKind.EVENT, e.id(), "parent events form a cycle");
                }
            });
            for (Session s : e.sessions()) {
                s.referencedPeople().distinct().filter(p -> !people.containsKey(p)).forEach(p ->
                        problem(EntityKind.EVENT, e.id(), "session " + s.id() + " refers to person " + p
                                + ", who does not exist"));
            }
            e.eligibility().ifPresent(policy -> checkPolicy(e, policy));
        }
    }

    private boolean hasParentCycle(Event start) {
        Set<EventId> seen = new HashSet<>();
        Event current = start;
        while (current != null && current.parent().isPresent()) {
            if (!seen.add(current.id())) {
                return true;
            }
            current = events.get(current.parent().get());
        }
        return false;
    }

    private void checkPolicy(Event e, EligibilityPolicy policy) {
        if (policy instanceof EligibilityPolicy.AllOf all) {
            all.policies().forEach(p -> checkPolicy(e, p));
        } else if (policy instanceof EligibilityPolicy.AnyOf any) {
            any.policies().forEach(p -> checkPolicy(e, p));
        } else if (policy instanceof EligibilityPolicy.Not not) {
            checkPolicy(e, not.policy());
        } else if (policy instanceof EligibilityPolicy.MemberOf member) {
            Organisation group = organisations.get(member.group());
            if (group == null) {
                problem(EntityKind.EVENT, e.id(), "eligibility policy refers to organisation " + member.group()
                        + ", which does not exist");
            } else if (group.kind() != OrganisationKind.CLUSTER_ASSOCIATION
                    && group.kind() != OrganisationKind.ALLIANCE) {
                problem(EntityKind.EVENT, e.id(), "eligibility policy asks for membership of " + member.group()
                        + ", a " + group.kind().label() + " that has no members");
            }
        }
    }

    private void checkRegistrations() {
        Map<EventId, List<Registration>> byEvent = new LinkedHashMap<>();
        for (Registration r : contents.registrations()) {
            boolean ok = true;
            if (!events.containsKey(r.event())) {
                problem(EntityKind.REGISTRATION, r.id(), "event " + r.event() + " does not exist");
                ok = false;
            }
            if (!people.containsKey(r.person())) {
                problem(EntityKind.REGISTRATION, r.id(), "person " + r.person() + " does not exist");
            }
            if (!organisations.containsKey(r.organisation())) {
                problem(EntityKind.REGISTRATION, r.id(), "organisation " + r.organisation() + " does not exist");
            }
            if (ok) {
                byEvent.computeIfAbsent(r.event(), k -> new ArrayList<>()).add(r);
            }
        }
        byEvent.forEach((eventId, registrations) -> checkEventRegistrations(events.get(eventId), registrations));
    }

    private void checkEventRegistrations(Event event, List<Registration> registrations) {
        Map<PersonId, Registration> active = new HashMap<>();
        int places = 0;
        Registration firstWaiting = null;
        for (Registration r : registrations) {
            if (r.state() != RegistrationState.CANCELLED) {
                Registration other = active.putIfAbsent(r.person(), r);
                if (other != null) {
                    problem(EntityKind.REGISTRATION, r.id(), "person " + r.person()
                            + " is already registered for event " + event.id() + " by registration " + other.id());
                }
            }
            if (r.holdsPlace()) {
                places++;
            }
            if (r.state() == RegistrationState.WAITLISTED && firstWaiting == null) {
                firstWaiting = r;
            }
        }
        if (event.capacity().isPresent()) {
            int capacity = event.capacity().get();
            if (places > capacity) {
                problem(EntityKind.EVENT, event.id(), places + " registrations hold a place, above the capacity of "
                        + capacity);
            } else if (places < capacity && firstWaiting != null) {
                problem(EntityKind.REGISTRATION, firstWaiting.id(), "is waitlisted although event " + event.id()
                        + " has " + (capacity - places) + " free places");
            }
        } else if (firstWaiting != null) {
            problem(EntityKind.REGISTRATION, firstWaiting.id(), "is waitlisted although event " + event.id()
                    + " has no capacity limit");
        }
    }

    private void requireKind(EntityKind kind, Object id, String field, OrganisationId ref, OrganisationKind expected) {
        Organisation o = organisations.get(ref);
        if (o == null) {
            problem(kind, id, field + " " + ref + " does not exist");
        } else if (o.kind() != expected) {
            problem(kind, id, field + " " + ref + " is a " + o.kind().label() + ", not a " + expected.label());
        }
    }
}
