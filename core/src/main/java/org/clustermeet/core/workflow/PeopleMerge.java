package org.clustermeet.core.workflow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.Feedback;
import org.clustermeet.core.event.ProposedTopic;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registration.RegistrationState;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryEdit;

/** How {@link RegistrationWorkflow#merge} makes two records of one person one. */
final class PeopleMerge {

    /** Keeps the earliest arrival; an attendance, which has happened, before any arrival. */
    private static final Comparator<Registration> KEPT_FIRST = Comparator
            .comparing((Registration r) -> r.state() != RegistrationState.ATTENDED)
            .thenComparing(r -> r.registeredAt().orElse(Instant.MAX))
            .thenComparing(Registration::id);

    private PeopleMerge() {
    }

    static MergeResult merge(Registry registry, PersonId keep, PersonId merge) {
        if (keep.equals(merge)) {
            throw new IllegalArgumentException("cannot merge person " + keep + " into itself");
        }
        Person a = registry.person(keep).orElseThrow(() -> new IllegalArgumentException("no person with id " + keep
                + " in the registry"));
        Person b = registry.person(merge).orElseThrow(() -> new IllegalArgumentException("no person with id "
                + merge + " in the registry"));
        // duplicates first, while the two are still two people: a registry never holds two active
        // registrations of one person for one event
        ChangeSet.Builder changes = ChangeSet.builder();
        Registry after = registry;
        List<Registration> duplicates = new ArrayList<>();
        List<Registration> promoted = new ArrayList<>();
        List<RefusedPromotion> refused = new ArrayList<>();
        for (Registration duplicate : duplicates(registry, keep, merge)) {
            CancellationResult c = RegistrationWorkflow.cancel(after, duplicate.id());
            after = c.registry();
            duplicates.add(c.cancelled());
            promoted.addAll(c.promotions().promoted());
            refused.addAll(c.promotions().refused());
            c.changes().changes().forEach(changes::add);
        }
        Person kept = person(a, b);
        RegistryEdit edit = after.edit().put(kept);
        for (Event e : after.events()) {
            if (e.sessions().stream().flatMap(Session::referencedPeople).anyMatch(merge::equals)) {
                edit.put(e.withSessions(e.sessions().stream().map(s -> session(s, merge, keep)).toList()));
            }
        }
        List<Registration> moved = new ArrayList<>();
        for (Registration r : after.registrations()) {
            if (r.person().equals(merge)) {
                Registration m = new Registration(r.id(), r.event(), keep, r.organisation(), r.role(), r.state(),
                        r.registeredAt(), r.attends());
                moved.add(m);
                edit.put(m);
            }
        }
        edit.remove(merge);
        edit.changes().changes().forEach(changes::add);
        Registry merged = edit.apply();
        // as they stand after the merge: cancelled, and the kept person's
        List<Registration> cancelled = duplicates.stream().map(d -> merged.registration(d.id()).orElseThrow()).toList();
        return new MergeResult(merged, kept, merge, moved, cancelled, new Promotions(promoted, refused),
                changes.build());
    }

    /** The kept person's record, with the other's roles, missing details and the stricter answer on the name. */
    private static Person person(Person a, Person b) {
        List<PersonRole> roles = List.copyOf(new LinkedHashSet<>(
                concat(a.roles(), b.roles())));
        boolean named = !a.isAnonymous();
        return new Person(a.id(), named ? a.givenName() : b.givenName(), named ? a.familyName() : b.familyName(),
                a.email().or(b::email), a.phone().or(b::phone), roles,
                stricter(a.namePublication(), b.namePublication()));
    }

    /** No before not asked before yes: a person who refused publication in either record refused it. */
    static NamePublication stricter(NamePublication x, NamePublication y) {
        if (x == NamePublication.NO || y == NamePublication.NO) {
            return NamePublication.NO;
        }
        return x == NamePublication.NOT_ASKED || y == NamePublication.NOT_ASKED ? NamePublication.NOT_ASKED
                : NamePublication.YES;
    }

    private static <T> List<T> concat(List<T> x, List<T> y) {
        List<T> all = new ArrayList<>(x);
        all.addAll(y);
        return all;
    }

    private static Session session(Session s, PersonId from, PersonId to) {
        if (s.referencedPeople().noneMatch(from::equals)) {
            return s;
        }
        return s.withChairs(List.copyOf(new LinkedHashSet<>(s.chairs().stream().map(p -> p.equals(from) ? to : p)
                        .toList())))
                .withContributions(s.contributions().stream().map(c -> c.speaker().equals(from)
                        ? new Contribution(to, c.title(), c.materials()) : c).toList())
                .withTopics(s.topics().stream().map(t -> t.proposer().filter(from::equals).isPresent()
                        ? new ProposedTopic(t.title(), Optional.of(to), t.level(), t.interest(), t.amongMostPopular())
                        : t).toList())
                .withFeedback(s.feedback().stream().map(f -> f.author().filter(from::equals).isPresent()
                        ? new Feedback(Optional.of(to), f.text()) : f).toList());
    }

    /**
     * The registrations the merge cancels: where both people hold or wait for a place at one event
     * (or one attended it), all but the one kept first ({@link #KEPT_FIRST}).
     */
    private static List<Registration> duplicates(Registry registry, PersonId keep, PersonId merge) {
        Map<EventId, List<Registration>> byEvent = new LinkedHashMap<>();
        for (Registration r : registry.registrations()) {
            if ((r.person().equals(keep) || r.person().equals(merge)) && r.state().isActive()) {
                byEvent.computeIfAbsent(r.event(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Registration> duplicates = new ArrayList<>();
        for (List<Registration> same : byEvent.values()) {
            same.sort(KEPT_FIRST);
            same.stream().skip(1).filter(r -> r.state() != RegistrationState.ATTENDED).forEach(duplicates::add);
        }
        return duplicates;
    }
}
