package org.clustermeet.interop.programme;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventBuilder;
import org.clustermeet.core.event.Room;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.IntegrityProblem;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryEdit;
import org.clustermeet.core.registry.RegistryIntegrityException;
import org.clustermeet.core.value.EmailAddress;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.interop.frab.FrabSchedule;

/**
 * Turns a schedule's rooms and talks into an event's rooms, sessions and speakers: a talk whose GUID
 * a session holds updates that session, any other talk adds one; speakers are matched to people by
 * name (and e-mail, where the schedule gives one) or added with no role and no consent to publish
 * their name. The registry's rules judge the result (a clash is refused with both talks named).
 */
final class ProgrammeMerge {

    private static final Pattern SESSIONS_NAMED = Pattern.compile("sessions (\\S+) and (\\S+)");

    private final Registry registry;
    private final Event event;
    private final List<ScheduleNote> warnings;
    private final List<ScheduleNote> problems = new ArrayList<>();
    private final Map<String, List<Person>> peopleByName = new HashMap<>();
    private final Map<String, PersonId> speakers = new HashMap<>();
    private final List<Person> added = new ArrayList<>();
    private final Map<SessionId, String> pointers = new HashMap<>();

    private ProgrammeMerge(Registry registry, Event event, List<ScheduleNote> warnings) {
        this.registry = registry;
        this.event = event;
        this.warnings = warnings;
        for (Person p : registry.people()) {
            if (!p.isAnonymous()) {
                peopleByName.computeIfAbsent(fold(p.fullName()), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** The merged registry and what happened, or the problems that refuse it. */
    static ProgrammeResult merge(Registry registry, Event event, ScheduleReader.Schedule schedule, String source)
            throws ProgrammeImportException {
        List<ScheduleNote> warnings = new ArrayList<>(schedule.warnings());
        ProgrammeMerge m = new ProgrammeMerge(registry, event, warnings);
        return m.run(schedule, source);
    }

    private ProgrammeResult run(ScheduleReader.Schedule schedule, String source) throws ProgrammeImportException {
        Optional<Venue> venue = event.venue().map(v -> withRooms(v, schedule.rooms()));
        boolean keepRooms = venue.isPresent();
        if (!keepRooms && !schedule.talks().isEmpty()) {
            warnings.add(new ScheduleNote("/schedule/conference/rooms", "the event has no venue, so the talks' rooms "
                    + "are not kept (give the event a venue first)"));
        }
        Map<UUID, Session> byGuid = new HashMap<>();
        // a session without a tool's GUID is found by the one clustermeet's frab export gives it
        event.sessions().forEach(s -> byGuid.put(s.guid().orElseGet(() -> exportGuid(s)), s));
        Set<SessionId> ids = new HashSet<>();
        event.sessions().forEach(s -> ids.add(s.id()));
        int nextOrder = event.sessions().stream().mapToInt(Session::order).max().orElse(0) + 1;

        List<Talk> talks = new ArrayList<>(schedule.talks());
        talks.sort(Comparator.comparing((Talk t) -> t.start().toInstant()).thenComparing(Talk::room));
        Map<SessionId, Session> sessions = new LinkedHashMap<>();
        event.sessions().forEach(s -> sessions.put(s.id(), s));
        List<SessionChange> changes = new ArrayList<>();
        Set<SessionId> inSchedule = new HashSet<>();
        for (Talk talk : talks) {
            TimeSlot slot = new TimeSlot(talk.start(), talk.end());
            if (!event.schedule().contains(slot)) {
                problems.add(new ScheduleNote(talk.pointer() + "/date", "the talk (" + talk.start().toLocalDate() + " "
                        + talk.start().toLocalTime() + " to " + talk.end().toLocalTime() + ") lies outside the event ("
                        + event.schedule() + ")"));
                continue;
            }
            Session existing = byGuid.get(talk.guid());
            List<Contribution> contributions = contributions(talk, existing);
            Session base;
            if (existing != null) {
                base = existing;
            } else {
                SessionId id = newId(talk, ids);
                ids.add(id);
                base = Session.of(id, nextOrder++, talk.title(), talk.format());
            }
            Optional<UUID> guid = existing != null && existing.guid().isEmpty() ? Optional.empty() : Optional.of(talk.guid());
            Session session = new Session(base.id(), base.order(), title(base, talk), talk.format(), Optional.of(slot),
                    base.chairs(), contributions, base.topics(), base.feedback(), base.delivery(),
                    keepRooms ? Optional.of(talk.room()) : Optional.empty(), base.mayOverlap(), talk.track(),
                    talk.summary().map(LocalizedText::english), talk.language(), guid);
            pointers.put(session.id(), talk.pointer());
            inSchedule.add(session.id());
            sessions.put(session.id(), session);
            if (existing == null) {
                changes.add(new SessionChange(session.id(), talk.title(), SessionChange.Kind.ADDED, List.of()));
            } else {
                List<String> changed = changed(existing, session);
                changes.add(new SessionChange(session.id(), talk.title(),
                        changed.isEmpty() ? SessionChange.Kind.UNCHANGED : SessionChange.Kind.UPDATED, changed));
            }
        }
        for (Session s : event.sessions()) {
            if (!inSchedule.contains(s.id())) {
                changes.add(new SessionChange(s.id(), s.title().english(), SessionChange.Kind.NOT_IN_SCHEDULE, List.of()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProgrammeImportException(source, problems);
        }
        Registry after = apply(venue, List.copyOf(sessions.values()), source);
        return new ProgrammeResult(after, changes, added.stream().map(Person::id).toList(), warnings);
    }

    private Registry apply(Optional<Venue> venue, List<Session> sessions, String source) throws ProgrammeImportException {
        Event changed;
        try {
            EventBuilder b = event.toBuilder();
            venue.ifPresent(b::venue);
            changed = b.build().withSessions(sessions);
        } catch (IllegalArgumentException e) {
            throw new ProgrammeImportException(source, List.of(new ScheduleNote("", e.getMessage())));
        }
        if (changed.equals(event) && added.isEmpty()) {
            return registry;
        }
        try {
            RegistryEdit edit = registry.edit();
            added.forEach(edit::put);
            return edit.put(changed).apply();
        } catch (RegistryIntegrityException e) {
            List<ScheduleNote> refused = new ArrayList<>();
            for (IntegrityProblem p : e.problems()) {
                Matcher m = SESSIONS_NAMED.matcher(p.message());
                String pointer = m.find() ? pointers.getOrDefault(SessionId.of(m.group(2).replaceAll(",$", "")), "") : "";
                refused.add(new ScheduleNote(pointer, p.message()));
            }
            throw new ProgrammeImportException(source, refused);
        }
    }

    /**
     * The talk's speakers, each keeping the contribution the session already gave them; a session's
     * speakers who may not be named in public stay, as no published schedule can hold them.
     */
    private List<Contribution> contributions(Talk talk, Session existing) {
        List<Contribution> contributions = new ArrayList<>();
        Set<PersonId> named = new HashSet<>();
        for (Talk.Speaker s : talk.speakers()) {
            PersonId id = speaker(s);
            if (!named.add(id)) {
                continue;
            }
            Optional<Contribution> kept = existing == null ? Optional.empty()
                    : existing.contributions().stream().filter(c -> c.speaker().equals(id)).findFirst();
            contributions.add(kept.orElseGet(() -> new Contribution(id, LocalizedText.english(talk.title()), List.of())));
        }
        if (existing != null) {
            existing.contributions().stream()
                    .filter(c -> !named.contains(c.speaker()))
                    .filter(c -> registry.person(c.speaker()).map(p -> !p.mayPublishName()).orElse(false))
                    .forEach(contributions::add);
        }
        return contributions;
    }

    /** The GUID clustermeet's frab export gives a session that came with none. */
    private UUID exportGuid(Session s) {
        return FrabSchedule.guid("session:" + event.id().value() + "/" + s.id().value());
    }

    /** The venue with the schedule's rooms added after its own; a known room gains the capacity it lacked. */
    private static Venue withRooms(Venue venue, List<Room> rooms) {
        Map<String, Room> merged = new LinkedHashMap<>();
        venue.rooms().forEach(r -> merged.put(r.name(), r));
        for (Room r : rooms) {
            Room known = merged.get(r.name());
            if (known == null || (known.capacity().isEmpty() && r.capacity().isPresent())) {
                merged.put(r.name(), r);
            }
        }
        return venue.withRooms(List.copyOf(merged.values()));
    }

    /** The session's title with the schedule's text as its English, its other languages kept. */
    private static LocalizedText title(Session base, Talk talk) {
        Map<String, String> texts = new LinkedHashMap<>(base.title().texts());
        texts.put(LocalizedText.ENGLISH, talk.title());
        return LocalizedText.of(texts);
    }

    private static List<String> changed(Session before, Session after) {
        List<String> changed = new ArrayList<>();
        if (!before.title().equals(after.title())) {
            changed.add("title");
        }
        if (!before.slot().equals(after.slot())) {
            changed.add("time");
        }
        if (!before.room().equals(after.room())) {
            changed.add("room");
        }
        if (!before.speakers().equals(after.speakers())) {
            changed.add("speakers");
        }
        if (!before.track().equals(after.track())) {
            changed.add("track");
        }
        if (!before.summary().equals(after.summary())) {
            changed.add("abstract");
        }
        if (!before.language().equals(after.language())) {
            changed.add("language");
        }
        if (before.format() != after.format()) {
            changed.add("format");
        }
        return changed;
    }

    /** A new session's id: {@code talk-N} from the tool's number, else from its GUID; never one taken. */
    private static SessionId newId(Talk talk, Set<SessionId> taken) {
        String base = "talk-" + talk.number().map(n -> Long.toString(n)).orElse(talk.guid().toString().substring(0, 8));
        SessionId id = SessionId.of(base);
        for (int i = 2; taken.contains(id); i++) {
            id = SessionId.of(base + "-" + i);
        }
        return id;
    }

    /** The person a speaker is: one matched by name (and e-mail, where given), else one added. */
    private PersonId speaker(Talk.Speaker s) {
        String key = fold(s.name()) + "\u0000" + s.email().map(e -> e.toLowerCase(Locale.ROOT)).orElse("");
        PersonId known = speakers.get(key);
        if (known != null) {
            return known;
        }
        List<Person> candidates = peopleByName.getOrDefault(fold(s.name()), List.of()).stream()
                .filter(p -> s.email().isEmpty() || p.email().isEmpty()
                        || p.email().get().toString().equalsIgnoreCase(s.email().get()))
                .toList();
        PersonId id;
        if (!candidates.isEmpty()) {
            id = candidates.get(0).id();
            if (candidates.size() > 1) {
                warnings.add(new ScheduleNote(s.pointer(), "the name matches " + candidates.size() + " people ("
                        + String.join(", ", candidates.stream().map(p -> p.id().value()).toList())
                        + "); the talk names " + id));
            }
        } else {
            Person person = newPerson(s);
            added.add(person);
            peopleByName.computeIfAbsent(fold(s.name()), k -> new ArrayList<>()).add(person);
            id = person.id();
        }
        speakers.put(key, id);
        return id;
    }

    private Person newPerson(Talk.Speaker s) {
        String name = s.name();
        int space = name.lastIndexOf(' ');
        Optional<String> given = Optional.of(space < 0 ? name : name.substring(0, space));
        Optional<String> family = space < 0 ? Optional.empty() : Optional.of(name.substring(space + 1));
        Optional<EmailAddress> email = Optional.empty();
        if (s.email().isPresent()) {
            try {
                email = Optional.of(EmailAddress.of(s.email().get()));
            } catch (IllegalArgumentException e) {
                warnings.add(new ScheduleNote(s.pointer() + "/email", "not an e-mail address; not kept"));
            }
        }
        PersonId keyed = PersonId.of("speaker-" + s.key().map(k -> k.replaceAll("[^A-Za-z0-9_.-]", ""))
                .filter(k -> !k.isEmpty()).orElseGet(() -> digest(name)));
        boolean taken = registry.person(keyed).isPresent() || added.stream().anyMatch(p -> p.id().equals(keyed));
        PersonId id = taken ? PersonId.of("speaker-" + digest(name)) : keyed;
        Person person = new Person(id, given, family, email, Optional.empty(), List.of(),
                org.clustermeet.core.person.NamePublication.NOT_ASKED);
        return person;
    }

    /** The first twelve hexadecimal digits of the name's SHA-256: stable, and not the name. */
    private static String digest(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(fold(name).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** A name as compared: composed, spaces collapsed, lower case. */
    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
