package org.clustermeet.core.duplicate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;

/**
 * Finds people in a registry who may be one real person. Candidates are the people who share a
 * folded name or an e-mail address; each candidate pair is scored by the reasons it has
 * ({@link DuplicateReason}: an e-mail 0.6, a name 0.4, an organisation and role 0.2, an event
 * 0.1) and reported when the score reaches the threshold, 0.5 unless told otherwise: a name alone
 * is not enough, a name with the same organisation and role is. A group of more than
 * {@value #LARGE_GROUP} people sharing a name or address (a common name, an office's shared
 * mailbox) is compared only where they also share an organisation. Immutable; in about linear
 * time in the number of people.
 * <pre>{@code
 * for (DuplicatePair pair : DuplicatePeople.in(registry).pairs()) {
 *     System.out.println(pair.first() + " " + pair.second() + " " + pair.score() + " " + pair.describe());
 * }
 * }</pre>
 */
public final class DuplicatePeople {

    /** The score a pair needs unless {@link #withThreshold} says otherwise. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** Above this many people sharing a key, only those sharing an organisation too are compared. */
    static final int LARGE_GROUP = 200;

    private final Registry registry;
    private final double threshold;

    private DuplicatePeople(Registry registry, double threshold) {
        this.registry = registry;
        this.threshold = threshold;
    }

    /**
     * Returns the finder of a registry, with the default threshold.
     *
     * @param registry the registry, not null
     * @return the finder
     */
    public static DuplicatePeople in(Registry registry) {
        return new DuplicatePeople(Objects.requireNonNull(registry, "registry"), DEFAULT_THRESHOLD);
    }

    /**
     * @param threshold the least score reported, above 0 and at most 1
     * @return a copy reporting pairs from this score
     * @throws IllegalArgumentException if the threshold is out of range
     */
    public DuplicatePeople withThreshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be above 0 and at most 1, not " + threshold);
        }
        return new DuplicatePeople(registry, threshold);
    }

    /** {@return the pairs reaching the threshold, highest score first, then by ids} */
    public List<DuplicatePair> pairs() {
        List<Person> people = registry.people();
        Map<PersonId, Integer> index = new HashMap<>(people.size() * 2);
        Folded[] folded = new Folded[people.size()];
        Map<String, List<Integer>> byName = new HashMap<>();
        Map<String, List<Integer>> byEmail = new HashMap<>();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            index.put(p.id(), i);
            folded[i] = Folded.of(p);
            int at = i;
            if (folded[i].name() != null) {
                byName.computeIfAbsent(folded[i].name(), k -> new ArrayList<>()).add(at);
            }
            if (folded[i].email() != null) {
                byEmail.computeIfAbsent(folded[i].email(), k -> new ArrayList<>()).add(at);
            }
        }
        Map<Integer, Set<EventId>> events = new HashMap<>();
        for (Registration r : registry.registrations()) {
            Integer at = index.get(r.person());
            if (at != null) {
                events.computeIfAbsent(at, k -> new HashSet<>()).add(r.event());
            }
        }
        Scan scan = new Scan(people, folded, events);
        byEmail.values().forEach(group -> scan.group(group, false));
        // a pair sharing an address was scored with the addresses
        byName.values().forEach(group -> scan.group(group, true));
        scan.pairs.sort(Comparator.comparingDouble(DuplicatePair::score).reversed()
                .thenComparing(p -> p.first().value()).thenComparing(p -> p.second().value()));
        return List.copyOf(scan.pairs);
    }

    /** One search: the people, their folded texts and events, and the pairs found. */
    private final class Scan {
        private final List<Person> people;
        private final Folded[] folded;
        private final Map<Integer, Set<EventId>> events;
        private final List<DuplicatePair> pairs = new ArrayList<>();
        /** Pairs scored within split groups, where a pair may meet twice. */
        private final Set<Long> seen = new HashSet<>();

        Scan(List<Person> people, Folded[] folded, Map<Integer, Set<EventId>> events) {
            this.people = people;
            this.folded = folded;
            this.events = events;
        }

        void group(List<Integer> group, boolean names) {
            if (group.size() < 2) {
                return;
            }
            boolean split = group.size() > LARGE_GROUP;
            for (List<Integer> part : split ? byOrganisation(group) : List.of(group)) {
                for (int x = 0; x < part.size(); x++) {
                    for (int y = x + 1; y < part.size(); y++) {
                        int a = part.get(x);
                        int b = part.get(y);
                        if (names && folded[a].email() != null && folded[a].email().equals(folded[b].email())) {
                            continue;
                        }
                        if (split && !seen.add(((long) Math.min(a, b) << 32) | Math.max(a, b))) {
                            continue;
                        }
                        score(a, b).ifPresent(pairs::add);
                    }
                }
            }
        }

        /** Splits a large group by the organisations its people hold roles at (a person may be in several parts). */
        private List<List<Integer>> byOrganisation(List<Integer> group) {
            Map<OrganisationId, List<Integer>> parts = new HashMap<>();
            for (int at : group) {
                people.get(at).roles().stream().map(PersonRole::organisation).distinct()
                        .forEach(o -> parts.computeIfAbsent(o, k -> new ArrayList<>()).add(at));
            }
            return new ArrayList<>(parts.values());
        }

        private Optional<DuplicatePair> score(int a, int b) {
            Folded fa = folded[a];
            Folded fb = folded[b];
            boolean email = fa.email() != null && fa.email().equals(fb.email());
            boolean name = fa.name() != null && fa.name().equals(fb.name());
            boolean role = false;
            for (String r : fa.roles()) {
                if (fb.roles().contains(r)) {
                    role = true;
                    break;
                }
            }
            Set<EventId> ea = events.get(a);
            Set<EventId> eb = events.get(b);
            boolean event = ea != null && eb != null && ea.stream().anyMatch(eb::contains);
            int tenths = (email ? DuplicateReason.SAME_EMAIL.tenths() : 0) + (name ? DuplicateReason.SAME_NAME.tenths() : 0)
                    + (role ? DuplicateReason.SAME_ORGANISATION_AND_ROLE.tenths() : 0)
                    + (event ? DuplicateReason.SAME_EVENT.tenths() : 0);
            double score = Math.min(10, tenths) / 10.0;
            if (tenths == 0 || score < threshold) {
                return Optional.empty();
            }
            EnumSet<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
            if (email) {
                reasons.add(DuplicateReason.SAME_EMAIL);
            }
            if (name) {
                reasons.add(DuplicateReason.SAME_NAME);
            }
            if (role) {
                reasons.add(DuplicateReason.SAME_ORGANISATION_AND_ROLE);
            }
            if (event) {
                reasons.add(DuplicateReason.SAME_EVENT);
            }
            PersonId first = people.get(a).id();
            PersonId second = people.get(b).id();
            return Optional.of(first.value().compareTo(second.value()) < 0
                    ? new DuplicatePair(first, second, score, reasons) : new DuplicatePair(second, first, score, reasons));
        }
    }

    /**
     * A person's texts as compared: the folded name (null for an anonymous person), the e-mail
     * address in lower case (null without one), and each role as its organisation and folded title.
     */
    private record Folded(String name, String email, Set<String> roles) {

        static Folded of(Person p) {
            Set<String> roles = new HashSet<>();
            for (PersonRole r : p.roles()) {
                roles.add(r.organisation().value() + "\n" + Folding.fold(r.title()));
            }
            return new Folded(p.givenName().map(g -> Folding.nameKey(g, p.familyName().orElse(""))).orElse(null),
                    p.email().map(e -> e.value().toLowerCase(Locale.ROOT)).orElse(null), roles);
        }
    }
}
