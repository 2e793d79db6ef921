package org.clustermeet.core.registry;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.MembershipId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.internal.PersistentSortedMap;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;

/**
 * Works out which entities the edit may have broken (those it put, and those referring to what
 * it replaced or removed) and applies the integrity rules to them, kind by kind, in id order.
 */
final class EditCheck {

    private final Tables before;
    private final Tables after;
    private final Set<OrganisationId> organisations;
    private final Set<PersonId> people;
    private final Set<LabelId> labels;
    private final Set<MembershipId> memberships;
    private final Set<EventId> events;
    private final Set<RegistrationId> registrations;
    private final IntegrityRules rules;
    private final Set<OrganisationId> removedOrganisations;
    private final Set<PersonId> removedPeople;
    private final Set<EventId> removedEvents;

    EditCheck(Tables before, Tables after, RegistryEdit changes) {
        this.before = before;
        this.after = after;
        this.organisations = changes.touched(EntityKind.ORGANISATION);
        this.people = changes.touched(EntityKind.PERSON);
        this.labels = changes.touched(EntityKind.LABEL);
        this.memberships = changes.touched(EntityKind.MEMBERSHIP);
        this.events = changes.touched(EntityKind.EVENT);
        this.registrations = changes.touched(EntityKind.REGISTRATION);
        this.rules = new IntegrityRules(after.lookup());
        this.removedOrganisations = removed(organisations, after.organisations());
        this.removedPeople = removed(people, after.people());
        this.removedEvents = removed(events, after.events());
    }

    List<IntegrityProblem> run() {
        // each kind is looked at only when something it refers to, or it itself, was touched
        if (!organisations.isEmpty() || !removedEvents.isEmpty()) {
            checkOrganisations();
        }
        if (!people.isEmpty() || !removedOrganisations.isEmpty()) {
            checkPeople();
        }
        if (!labels.isEmpty() || !organisations.isEmpty()) {
            checkLabels();
        }
        if (!memberships.isEmpty() || !organisations.isEmpty()) {
            checkMemberships();
        }
        if (!events.isEmpty() || !organisations.isEmpty() || !removedPeople.isEmpty()) {
            checkEvents();
        }
        if (!registrations.isEmpty() || !events.isEmpty() || !removedPeople.isEmpty()
                || !removedOrganisations.isEmpty()) {
            checkRegistrations();
        }
        return rules.problems();
    }

    private void checkOrganisations() {
        TreeMap<OrganisationId, Organisation> toCheck = new TreeMap<>();
        for (OrganisationId id : organisations) {
            addIfPresent(toCheck, after.organisations().get(id), Organisation::id);
        }
        if (!removedEvents.isEmpty()) {
            for (Organisation o : after.organisations()) {
                IntegrityRules.foundingEvent(o).filter(removedEvents::contains).ifPresent(e -> toCheck.put(o.id(), o));
            }
        }
        toCheck.values().forEach(rules::organisation);
    }

    private void checkPeople() {
        TreeMap<PersonId, Person> toCheck = new TreeMap<>();
        for (PersonId id : people) {
            addIfPresent(toCheck, after.people().get(id), Person::id);
        }
        if (!removedOrganisations.isEmpty()) {
            for (Person p : after.people()) {
                for (PersonRole role : p.roles()) {
                    if (removedOrganisations.contains(role.organisation())) {
                        toCheck.put(p.id(), p);
                    }
                }
            }
        }
        toCheck.values().forEach(rules::person);
    }

    private void checkLabels() {
        TreeMap<LabelId, QualityLabel> toCheck = new TreeMap<>();
        Set<OrganisationId> holders = new TreeSet<>(organisations);
        for (LabelId id : labels) {
            // a renewal has the holder of the label it renews, in a registry that was consistent
            QualityLabel old = before.labels().get(id);
            QualityLabel now = after.labels().get(id);
            if (old != null) {
                holders.add(old.holder());
            }
            if (now != null) {
                holders.add(now.holder());
                toCheck.put(id, now);
            }
        }
        for (OrganisationId holder : holders) {
            after.labelsByHolder().get(holder).forEach(l -> toCheck.put(l.id(), l));
        }
        Set<OrganisationId> issuers = new TreeSet<>();
        for (OrganisationId id : organisations) {
            if (isKind(before.organisations().get(id), OrganisationKind.LABELLING_BODY)
                    || isKind(after.organisations().get(id), OrganisationKind.LABELLING_BODY)) {
                issuers.add(id);
            }
        }
        if (!issuers.isEmpty()) {
            for (QualityLabel l : after.labels()) {
                if (issuers.contains(l.issuer())) {
                    toCheck.put(l.id(), l);
                }
            }
        }
        toCheck.values().forEach(rules::label);
    }

    private void checkMemberships() {
        TreeMap<MembershipId, Membership> toCheck = new TreeMap<>();
        Set<List<OrganisationId>> pairs = new LinkedHashSet<>();
        for (MembershipId id : memberships) {
            Membership old = before.memberships().get(id);
            Membership now = after.memberships().get(id);
            if (old != null) {
                pairs.add(List.of(old.member(), old.group()));
            }
            if (now != null) {
                pairs.add(List.of(now.member(), now.group()));
                toCheck.put(id, now);
            }
        }
        for (OrganisationId id : organisations) {
            after.membershipsByMember().get(id).forEach(m -> toCheck.put(m.id(), m));
            after.membershipsByGroup().get(id).forEach(m -> toCheck.put(m.id(), m));
        }
        toCheck.values().forEach(rules::membership);
        pairs.stream().sorted((a, b) -> {
            int c = a.get(0).compareTo(b.get(0));
            return c != 0 ? c : a.get(1).compareTo(b.get(1));
        }).forEach(pair -> {
            List<Membership> same = new ArrayList<>();
            for (Membership m : after.membershipsByMember().get(pair.get(0))) {
                if (m.group().equals(pair.get(1))) {
                    same.add(m);
                }
            }
            rules.membershipPair(same);
        });
    }

    private void checkEvents() {
        if (!events.isEmpty()) {
            // a changed parent may close a cycle that any event leads into: events are few
            after.events().forEach(rules::event);
            return;
        }
        TreeMap<EventId, Event> toCheck = new TreeMap<>();
        for (OrganisationId id : organisations) {
            after.eventsByOrganisation().get(id).forEach(e -> toCheck.put(e.id(), e));
        }
        if (!removedPeople.isEmpty()) {
            for (Event e : after.events()) {
                for (Session s : e.sessions()) {
                    if (s.referencedPeople().anyMatch(removedPeople::contains)) {
                        toCheck.put(e.id(), e);
                    }
                }
            }
        }
        toCheck.values().forEach(rules::event);
    }

    private void checkRegistrations() {
        TreeMap<RegistrationId, Registration> toCheck = new TreeMap<>();
        Set<EventId> groups = new TreeSet<>(events);
        for (RegistrationId id : registrations) {
            Registration old = before.registrations().get(id);
            Registration now = after.registrations().get(id);
            if (old != null) {
                groups.add(old.event());
            }
            if (now != null) {
                groups.add(now.event());
                toCheck.put(id, now);
            }
        }
        for (EventId removed : removedEvents) {
            after.registrationsByEvent().get(removed).forEach(r -> toCheck.put(r.id(), r));
        }
        if (!removedPeople.isEmpty() || !removedOrganisations.isEmpty()) {
            for (Registration r : after.registrations()) {
                if (removedPeople.contains(r.person()) || removedOrganisations.contains(r.organisation())) {
                    toCheck.put(r.id(), r);
                }
            }
        }
        toCheck.values().forEach(rules::registration);
        for (EventId id : groups) {
            Event event = after.events().get(id);
            if (event != null) {
                List<Registration> touched = toCheck.values().stream().filter(r -> r.event().equals(id)).toList();
                rules.eventRoster(event, after.roster(id), touched, events.contains(id));
            }
        }
    }

    private static boolean isKind(Organisation o, OrganisationKind kind) {
        return o != null && o.kind() == kind;
    }

    private static <K extends Comparable<? super K>> Set<K> removed(Set<K> touched, PersistentSortedMap<K, ?> now) {
        if (touched.isEmpty()) {
            return Set.of();
        }
        Set<K> removed = new TreeSet<>();
        for (K id : touched) {
            if (!now.containsKey(id)) {
                removed.add(id);
            }
        }
        return removed;
    }

    private static <K, V> void addIfPresent(TreeMap<K, V> into, V value, Function<V, K> id) {
        if (value != null) {
            into.put(id.apply(value), value);
        }
    }
}
