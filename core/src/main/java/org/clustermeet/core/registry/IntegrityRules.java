package org.clustermeet.core.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.clustermeet.core.event.Clash;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventStatus;
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
import org.clustermeet.core.organisation.EccpListing;
import org.clustermeet.core.organisation.Founding;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.organisation.OtherOrganisation;
import org.clustermeet.core.organisation.PublicAuthority;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.value.DateRange;

/**
 * The rules that span entities, stated once per entity kind: every reference resolves to an
 * entity of the right kind, renewals come in time, memberships of one pair do not overlap, a
 * person holds one registration per event, and events stay within their capacity. A full
 * validation applies each rule to every entity; an edit applies them to what it touched and to
 * what refers to it, so both find the same problems in the same words.
 */
final class IntegrityRules {

    /** The entities the rules look up by id; null when there is none. */
    interface Lookup {
        Organisation organisation(OrganisationId id);

        boolean hasPerson(PersonId id);

        QualityLabel label(LabelId id);

        Event event(EventId id);
    }

    private final Lookup lookup;
    private final List<IntegrityProblem> problems = new ArrayList<>();

    IntegrityRules(Lookup lookup) {
        this.lookup = lookup;
    }

    /** The problems found so far, in the order found. */
    List<IntegrityProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Checks content entity by entity: organisations, people, labels, memberships, events and
     * registrations, each kind in the order given.
     */
    static List<IntegrityProblem> validate(Lookup lookup, List<IntegrityProblem> duplicates, Iterable<Organisation> organisations,
                                  Iterable<Person> people, Iterable<QualityLabel> labels,
                                  Iterable<Membership> memberships, Iterable<Event> events,
                                  Iterable<Registration> registrations) {
        IntegrityRules rules = new IntegrityRules(lookup);
        rules.problems.addAll(duplicates);
        organisations.forEach(rules::organisation);
        people.forEach(rules::person);
        labels.forEach(rules::label);
        Map<List<OrganisationId>, List<Membership>> byPair = new LinkedHashMap<>();
        for (Membership m : memberships) {
            rules.membership(m);
            byPair.computeIfAbsent(List.of(m.member(), m.group()), k -> new ArrayList<>()).add(m);
        }
        byPair.values().forEach(rules::membershipPair);
        events.forEach(rules::event);
        Map<EventId, List<Registration>> byEvent = new LinkedHashMap<>();
        for (Registration r : registrations) {
            if (rules.registration(r)) {
                byEvent.computeIfAbsent(r.event(), k -> new ArrayList<>()).add(r);
            }
        }
        byEvent.forEach((event, forEvent) -> rules.eventRegistrations(lookup.event(event), forEvent));
        return rules.problems();
    }

    private void problem(EntityKind<?, ?> kind, Object id, String message) {
        problems.add(new IntegrityProblem(kind, id.toString(), message));
    }

    void organisation(Organisation o) {
        foundingEvent(o).filter(e -> lookup.event(e) == null).ifPresent(e ->
                problem(EntityKind.ORGANISATION, o.id(), "founding event " + e + " does not exist"));
    }

    /** The event at which an organisation was founded, if it records one. */
    static Optional<EventId> foundingEvent(Organisation o) {
        return o.accept(FOUNDING_EVENT);
    }

    /** Associations and alliances may record the event at which they were founded. */
    private static final Organisation.Visitor<Optional<EventId>, RuntimeException> FOUNDING_EVENT =
            new Organisation.Visitor<>() {
                @Override
                public Optional<EventId> clusterOrganisation(ClusterOrganisation o) {
                    return Optional.empty();
                }

                @Override
                public Optional<EventId> clusterAssociation(ClusterAssociation o) {
                    return o.founding().flatMap(Founding::atEvent);
                }

                @Override
                public Optional<EventId> alliance(Alliance o) {
                    return o.founding().flatMap(Founding::atEvent);
                }

                @Override
                public Optional<EventId> publicAuthority(PublicAuthority o) {
                    return Optional.empty();
                }

                @Override
                public Optional<EventId> labellingBody(LabellingBody o) {
                    return Optional.empty();
                }

                @Override
                public Optional<EventId> otherOrganisation(OtherOrganisation o) {
                    return Optional.empty();
                }
            };

    void person(Person p) {
        for (PersonRole r : p.roles()) {
            if (lookup.organisation(r.organisation()) == null) {
                problem(EntityKind.PERSON, p.id(), "role \"" + r.title() + "\" refers to organisation "
                        + r.organisation() + ", which does not exist");
            }
        }
    }

    void label(QualityLabel l) {
        requireKind(EntityKind.LABEL, l.id(), "holder", l.holder(), OrganisationKind.CLUSTER_ORGANISATION);
        if (lookup.organisation(l.holder()) instanceof ClusterOrganisation holder
                && !l.assessedOn().isBefore(QualityLabel.ECCP_LISTING_REQUIRED_FROM)
                && !holder.isListedOnEccpOn(l.assessedOn())) {
            problem(EntityKind.LABEL, l.id(), "holder " + l.holder() + " is not listed on the ECCP on "
                    + l.assessedOn() + " (" + holder.eccpListing().map(EccpListing::toString).orElse("never listed")
                    + "), which labels assessed from " + QualityLabel.ECCP_LISTING_REQUIRED_FROM
                    + " require on their assessment day");
        }
        requireKind(EntityKind.LABEL, l.id(), "issuer", l.issuer(), OrganisationKind.LABELLING_BODY);
        if (lookup.organisation(l.issuer()) instanceof LabellingBody issuer && !issuer.issuesOn(l.assessedOn())) {
            DateRange p = issuer.issuing().orElseThrow();
            problem(EntityKind.LABEL, l.id(), "issuer " + l.issuer() + " issues labels from " + p.from()
                    + p.until().map(u -> " until " + u).orElse("") + ", but the label was assessed on "
                    + l.assessedOn());
        }
        l.renews().ifPresent(previousId -> {
            QualityLabel previous = lookup.label(previousId);
            if (previous == null) {
                problem(EntityKind.LABEL, l.id(), "renews label " + previousId + ", which does not exist");
            } else {
                l.renewalProblem(previous).ifPresent(p -> problem(EntityKind.LABEL, l.id(), p));
            }
        });
    }

    void membership(Membership m) {
        Organisation group = lookup.organisation(m.group());
        Organisation member = lookup.organisation(m.member());
        if (group == null) {
            problem(EntityKind.MEMBERSHIP, m.id(), "group " + m.group() + " does not exist");
        }
        if (member == null) {
            problem(EntityKind.MEMBERSHIP, m.id(), "member " + m.member() + " does not exist");
        }
        if (group == null || member == null) {
            return;
        }
        OrganisationKind expectedMember = switch (group.kind()) {
            case CLUSTER_ASSOCIATION -> OrganisationKind.CLUSTER_ORGANISATION;
            case ALLIANCE -> OrganisationKind.CLUSTER_ASSOCIATION;
            default -> null;
        };
        if (expectedMember == null) {
            problem(EntityKind.MEMBERSHIP, m.id(), "group " + m.group() + " is " + group.kind().withArticle()
                    + "; only cluster associations and alliances have members");
        } else if (member.kind() != expectedMember) {
            problem(EntityKind.MEMBERSHIP, m.id(), "member " + m.member() + " is " + member.kind().withArticle()
                    + ", but members of " + group.kind().withArticle() + " are " + expectedMember.label() + "s");
        }
    }

    /** Checks the memberships of one member in one group, in id order, for overlapping periods. */
    void membershipPair(List<Membership> pair) {
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

    void event(Event e) {
        for (OrganisationId organiser : e.organisers()) {
            if (lookup.organisation(organiser) == null) {
                problem(EntityKind.EVENT, e.id(), "organiser " + organiser + " does not exist");
            }
        }
        e.parent().ifPresent(parent -> {
            if (lookup.event(parent) == null) {
                problem(EntityKind.EVENT, e.id(), "parent event " + parent + " does not exist");
            } else if (hasParentCycle(e)) {
                problem(EntityKind.EVENT, e.id(), "parent events form a cycle");
            }
        });
        for (Session s : e.sessions()) {
            s.referencedPeople().distinct().filter(p -> !lookup.hasPerson(p)).forEach(p ->
                    problem(EntityKind.EVENT, e.id(), "session " + s.id() + " refers to person " + p
                            + ", who does not exist"));
        }
        for (Clash clash : Clash.in(e)) {
            problem(EntityKind.EVENT, e.id(), clash.describe());
        }
        e.eligibility().ifPresent(policy -> policy.referencedGroups().forEach(group -> {
            Organisation o = lookup.organisation(group);
            if (o == null) {
                problem(EntityKind.EVENT, e.id(), "eligibility policy refers to organisation " + group
                        + ", which does not exist");
            } else if (o.kind() != OrganisationKind.CLUSTER_ASSOCIATION && o.kind() != OrganisationKind.ALLIANCE) {
                problem(EntityKind.EVENT, e.id(), "eligibility policy asks for membership of " + group
                        + ", " + o.kind().withArticle() + " that has no members");
            }
        }));
    }

    private boolean hasParentCycle(Event start) {
        Set<EventId> seen = new HashSet<>();
        Event current = start;
        while (current != null && current.parent().isPresent()) {
            if (!seen.add(current.id())) {
                return true;
            }
            current = lookup.event(current.parent().get());
        }
        return false;
    }

    /**
     * Checks a registration's references.
     *
     * @return whether its event exists, so that it counts towards that event's places
     */
    boolean registration(Registration r) {
        boolean eventExists = lookup.event(r.event()) != null;
        if (!eventExists) {
            problem(EntityKind.REGISTRATION, r.id(), "event " + r.event() + " does not exist");
        }
        if (!lookup.hasPerson(r.person())) {
            problem(EntityKind.REGISTRATION, r.id(), "person " + r.person() + " does not exist");
        }
        if (lookup.organisation(r.organisation()) == null) {
            problem(EntityKind.REGISTRATION, r.id(), "organisation " + r.organisation() + " does not exist");
        }
        return eventExists;
    }

    /**
     * Checks one event's registrations, in id order: one per person, within capacity, no needless
     * waiting, none active at a cancelled event.
     */
    void eventRegistrations(Event event, Collection<Registration> registrations) {
        ActiveByPerson active = new ActiveByPerson(registrations.size());
        int[] places = new int[AttendanceMode.values().length];
        Registration[] firstWaiting = new Registration[AttendanceMode.values().length];
        for (Registration r : registrations) {
            if (r.state().isActive() && event.status() == EventStatus.CANCELLED) {
                problem(EntityKind.REGISTRATION, r.id(), "is " + r.state() + " although event " + event.id()
                        + " is cancelled (cancelling an event closes its registrations)");
            }
            if (r.state().isActive()) {
                Registration other = active.putIfAbsent(r);
                if (other != null) {
                    problem(EntityKind.REGISTRATION, r.id(), "person " + r.person()
                            + " is already registered for event " + event.id() + " by registration " + other.id());
                }
                if (!event.delivery().mode().offers(r.attends())) {
                    problem(EntityKind.REGISTRATION, r.id(), "attends " + r.attends() + ", but event " + event.id()
                            + " is " + event.delivery().mode());
                }
            }
            int mode = r.attends().ordinal();
            if (r.holdsPlace()) {
                places[mode]++;
            }
            if (r.state() == RegistrationState.WAITLISTED && firstWaiting[mode] == null) {
                firstWaiting[mode] = r;
            }
        }
        if (event.status() == EventStatus.CANCELLED) {
            return;
        }
        for (AttendanceMode mode : new AttendanceMode[] {AttendanceMode.IN_PERSON, AttendanceMode.ONLINE}) {
            checkPlaces(event, mode, places[mode.ordinal()], firstWaiting[mode.ordinal()]);
        }
    }

    /**
     * Checks what an edit may have broken at one event, on its roster: the rules of
     * {@link #eventRegistrations}, asked only of the registrations the edit touched (and of the
     * event's whole roster where the event itself changed), so that the cost does not grow with
     * the event's size. The problems are those the full check finds.
     *
     * @param event        the event after the edit
     * @param roster       its roster after the edit
     * @param touched      its registrations the edit put, in id order
     * @param eventTouched whether the edit put the event itself
     */
    void eventRoster(Event event, EventRoster roster, Collection<Registration> touched, boolean eventTouched) {
        if (event.status() == EventStatus.CANCELLED && anyActive(roster)) {
            for (Registration r : byId(roster.active())) {
                problem(EntityKind.REGISTRATION, r.id(), "is " + r.state() + " although event " + event.id()
                        + " is cancelled (cancelling an event closes its registrations)");
            }
        }
        Set<PersonId> people = new TreeSet<>();
        touched.stream().filter(r -> r.state().isActive()).forEach(r -> people.add(r.person()));
        for (PersonId person : people) {
            List<Registration> mine = roster.activeOf(person);
            for (int i = 1; i < mine.size(); i++) {
                problem(EntityKind.REGISTRATION, mine.get(i).id(), "person " + person
                        + " is already registered for event " + event.id() + " by registration " + mine.get(0).id());
            }
        }
        for (AttendanceMode mode : AttendanceMode.values()) {
            if (event.delivery().mode().offers(mode) || roster.active(mode) == 0) {
                continue;
            }
            Collection<Registration> suspects = eventTouched ? byId(roster.active()) : touched;
            for (Registration r : suspects) {
                if (r.state().isActive() && r.attends() == mode) {
                    problem(EntityKind.REGISTRATION, r.id(), "attends " + r.attends() + ", but event " + event.id()
                            + " is " + event.delivery().mode());
                }
            }
        }
        if (event.status() == EventStatus.CANCELLED) {
            return;
        }
        for (AttendanceMode mode : new AttendanceMode[] {AttendanceMode.IN_PERSON, AttendanceMode.ONLINE}) {
            List<Registration> waiting = roster.waiting(mode);
            int places = roster.placesTaken(mode);
            boolean wouldReport = event.capacityFor(mode).map(c -> places < c).orElse(true);
            // the full check names the waiting registration first in id order; found only when it is needed
            Registration first = waiting.isEmpty() || !wouldReport ? null
                    : waiting.stream().min(java.util.Comparator.comparing(Registration::id)).orElseThrow();
            checkPlaces(event, mode, places, first);
        }
    }

    /** Whether any registration of the roster is active, in constant time. */
    private static boolean anyActive(EventRoster roster) {
        for (AttendanceMode mode : AttendanceMode.values()) {
            if (roster.active(mode) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Registrations in id order. */
    private static List<Registration> byId(Collection<Registration> registrations) {
        List<Registration> sorted = new ArrayList<>(registrations);
        sorted.sort(java.util.Comparator.comparing(Registration::id));
        return sorted;
    }

    /** One kind of place: within capacity, and nobody waiting while a place is free. */
    private void checkPlaces(Event event, AttendanceMode mode, int places, Registration firstWaiting) {
        String kind = mode == AttendanceMode.ONLINE ? "online " : "";
        Optional<Integer> capacity = event.capacityFor(mode);
        if (capacity.isPresent()) {
            if (places > capacity.get()) {
                problem(EntityKind.EVENT, event.id(), places + " registrations hold " + (kind.isEmpty() ? "a " : "an ")
                        + kind + "place, above the " + kind + "capacity of " + capacity.get());
            } else if (places < capacity.get() && firstWaiting != null) {
                problem(EntityKind.REGISTRATION, firstWaiting.id(), "is waitlisted although event " + event.id()
                        + " has " + (capacity.get() - places) + " free " + kind + "places");
            }
        } else if (firstWaiting != null) {
            problem(EntityKind.REGISTRATION, firstWaiting.id(), "is waitlisted although event " + event.id()
                    + " has no " + kind + "capacity limit");
        }
    }

    private void requireKind(EntityKind<?, ?> kind, Object id, String field, OrganisationId ref, OrganisationKind expected) {
        Organisation o = lookup.organisation(ref);
        if (o == null) {
            problem(kind, id, field + " " + ref + " does not exist");
        } else if (o.kind() != expected) {
            problem(kind, id, field + " " + ref + " is " + o.kind().withArticle() + ", not "
                    + expected.withArticle());
        }
    }

    /**
     * The first active registration of each person at one event: an open-addressing table in one
     * array, since this check runs on every registration and a hash map would allocate a node per
     * registration of the event.
     */
    private static final class ActiveByPerson {
        private final Registration[] slots;

        ActiveByPerson(int expected) {
            slots = new Registration[Integer.highestOneBit(Math.max(4, expected * 2)) << 1];
        }

        /** {@return the person's registration already present, or null after adding this one} */
        Registration putIfAbsent(Registration r) {
            int mask = slots.length - 1;
            for (int i = r.person().hashCode() & mask; ; i = (i + 1) & mask) {
                Registration there = slots[i];
                if (there == null) {
                    slots[i] = r;
                    return null;
                }
                if (there.person().equals(r.person())) {
                    return there;
                }
            }
        }
    }
}
