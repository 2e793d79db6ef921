package org.clustermeet.interop.programme;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.clustermeet.core.event.Room;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.interop.frab.FrabSchedule;

/**
 * Reads a schedule's tree into rooms and talks, as a reasonable reader would: what deviates from
 * the format but can still be understood is read and noted as a warning; what cannot (a talk with
 * no start, an unknown room) is a problem. Every note carries its JSON Pointer.
 */
final class ScheduleReader {

    /** The properties the format defines for a conference, a day and a talk; others are noted once each. */
    private static final Set<String> CONFERENCE_PROPERTIES = Set.of("acronym", "title", "description", "start", "end",
            "daysCount", "timeslot_duration", "time_zone_name", "logo", "colors", "keywords", "url", "tracks", "rooms",
            "meta", "days");
    private static final Set<String> DAY_PROPERTIES = Set.of("index", "date", "day_start", "day_end", "rooms");
    private static final Set<String> TALK_PROPERTIES = Set.of("guid", "code", "id", "logo", "date", "start", "end",
            "duration", "room", "slug", "url", "title", "subtitle", "track", "type", "language", "abstract",
            "description", "recording_license", "do_not_record", "do_not_stream", "persons", "links", "feedback_url",
            "origin_url", "attachments");
    private static final Pattern ACRONYM = Pattern.compile("^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$");
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9_-]+[a-z0-9]$");
    private static final Pattern HOURS = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    /** What a schedule holds, and what was said about it. */
    record Schedule(List<Room> rooms, List<Talk> talks, List<ScheduleNote> warnings, List<ScheduleNote> problems) {
    }

    private final List<ScheduleNote> warnings = new ArrayList<>();
    private final List<ScheduleNote> problems = new ArrayList<>();
    /** Deviations that repeat from talk to talk: noted once each, at the first, with how many talks have it. */
    private final Map<String, Repeated> repeated = new LinkedHashMap<>();
    private final Optional<ZoneId> eventZone;
    private final String eventZoneSource;

    private ScheduleReader(Optional<ZoneId> eventZone, String eventZoneSource) {
        this.eventZone = eventZone;
        this.eventZoneSource = eventZoneSource;
    }

    /**
     * Reads a schedule's tree.
     *
     * @param tree            the file's value
     * @param eventZone       the zone of the event the programme goes into, if it has one
     * @param eventZoneSource where that zone comes from, for the warning that uses it
     * @return the rooms, talks, warnings and problems
     */
    static Schedule read(Object tree, Optional<ZoneId> eventZone, String eventZoneSource) {
        ScheduleReader r = new ScheduleReader(eventZone, eventZoneSource);
        List<Room> rooms = new ArrayList<>();
        List<Talk> talks = new ArrayList<>();
        r.schedule(tree, rooms, talks);
        r.repeated.values().forEach(d -> r.warnings.add(new ScheduleNote(d.pointer, d.message + " (in " + d.talks
                + (d.talks == 1 ? " talk)" : " talks)"))));
        return new Schedule(List.copyOf(rooms), List.copyOf(talks), List.copyOf(r.warnings), List.copyOf(r.problems));
    }

    private void schedule(Object tree, List<Room> rooms, List<Talk> talks) {
        Map<String, Object> root = object(tree, "");
        if (root == null) {
            return;
        }
        Map<String, Object> schedule = object(required(root, "", "schedule"), "/schedule");
        if (schedule == null) {
            return;
        }
        if (!schedule.containsKey("version")) {
            warn("/schedule/version", "missing: the format asks for the schedule's version");
        }
        Map<String, Object> conference = object(required(schedule, "/schedule", "conference"), "/schedule/conference");
        if (conference == null) {
            return;
        }
        String at = "/schedule/conference";
        conference.keySet().stream().filter(k -> !CONFERENCE_PROPERTIES.contains(k)).forEach(k ->
                warn(at + "/" + escape(k), "property \"" + Echo.cut(k) + "\" is not part of the format; ignored"));
        Optional<String> acronym = string(conference, at, "acronym");
        if (acronym.isEmpty()) {
            warn(at + "/acronym", "missing: the format asks for the conference's acronym");
        } else if (!ACRONYM.matcher(acronym.get()).matches()) {
            warn(at + "/acronym", "\"" + Echo.cut(acronym.get()) + "\" does not follow the format's pattern "
                    + "(lower-case letters, digits, _ and -)");
        }
        ZoneId zone = zone(conference, at);
        Map<String, Room> known = rooms(conference, at);
        rooms.addAll(known.values());
        Object days = required(conference, at, "days");
        if (!(days instanceof List<?> list)) {
            if (days != null) {
                problem(at + "/days", "is " + kind(days) + ", where the days of the schedule are a list");
            }
            return;
        }
        boolean roomsListed = !known.isEmpty();
        for (int i = 0; i < list.size(); i++) {
            day(list.get(i), at + "/days/" + i, zone, known, roomsListed, rooms, talks, acronym.orElse(""));
        }
    }

    private ZoneId zone(Map<String, Object> conference, String at) {
        Optional<String> name = string(conference, at, "time_zone_name");
        if (name.isPresent()) {
            try {
                ZoneId zone = ZoneId.of(name.get());
                if (!(zone instanceof ZoneOffset)) {
                    return zone;
                }
            } catch (DateTimeException e) {
                // noted below
            }
            warn(at + "/time_zone_name", "\"" + Echo.cut(name.get()) + "\" is not an IANA time zone"
                    + eventZone.map(z -> "; times are read in " + z + ", " + eventZoneSource).orElse(""));
        } else {
            warn(at + "/time_zone_name", "missing" + eventZone.map(z -> "; times are read in " + z + ", "
                    + eventZoneSource).orElse(""));
        }
        if (eventZone.isEmpty()) {
            problem(at + "/time_zone_name", "the schedule names no time zone and the event has none (give the event "
                    + "a venue or times)");
            return ZoneId.of("UTC");
        }
        return eventZone.get();
    }

    private Map<String, Room> rooms(Map<String, Object> conference, String at) {
        Map<String, Room> rooms = new LinkedHashMap<>();
        Object listed = conference.get("rooms");
        if (listed == null) {
            warn(at + "/rooms", "missing: the rooms are those the days list");
            return rooms;
        }
        if (!(listed instanceof List<?> list)) {
            warn(at + "/rooms", "is " + kind(listed) + ", where the rooms are a list; the rooms are those the days list");
            return rooms;
        }
        for (int i = 0; i < list.size(); i++) {
            String here = at + "/rooms/" + i;
            Map<String, Object> room = object(list.get(i), here);
            if (room == null) {
                continue;
            }
            Optional<String> name = string(room, here, "name");
            if (name.isEmpty() || name.get().isBlank()) {
                problem(here + "/name", "a room needs a name");
                continue;
            }
            OptionalInt capacity = OptionalInt.empty();
            if (room.get("capacity") instanceof BigDecimal seats) {
                if (seats.compareTo(BigDecimal.valueOf(1_000_000)) <= 0 && seats.signum() > 0
                        && seats.stripTrailingZeros().scale() <= 0) {
                    capacity = OptionalInt.of(seats.intValueExact());
                } else {
                    warn(here + "/capacity", "\"" + Echo.cut(seats.toString()) + "\" is not a number of seats; ignored");
                }
            }
            if (rooms.containsKey(name.get())) {
                warn(here + "/name", "room \"" + Echo.cut(name.get()) + "\" is listed twice; the first is kept");
            } else {
                rooms.put(name.get(), new Room(name.get(), capacity));
            }
        }
        return rooms;
    }

    private void day(Object value, String at, ZoneId zone, Map<String, Room> known, boolean roomsListed, List<Room> rooms,
                     List<Talk> talks, String acronym) {
        Map<String, Object> day = object(value, at);
        if (day == null) {
            return;
        }
        day.keySet().stream().filter(k -> !DAY_PROPERTIES.contains(k)).forEach(k ->
                warn(at + "/" + escape(k), "property \"" + Echo.cut(k) + "\" is not part of the format; ignored"));
        Map<String, Object> dayRooms = object(required(day, at, "rooms"), at + "/rooms");
        if (dayRooms == null) {
            return;
        }
        for (Map.Entry<String, Object> entry : dayRooms.entrySet()) {
            String room = entry.getKey();
            String here = at + "/rooms/" + escape(room);
            if (!known.containsKey(room)) {
                if (roomsListed) {
                    problem(here, "room \"" + Echo.cut(room) + "\" is not among the conference's rooms");
                    continue;
                }
                if (room.isBlank()) {
                    problem(here, "a room needs a name");
                    continue;
                }
                Room added = Room.named(room);
                known.put(room, added);
                rooms.add(added);
            }
            if (!(entry.getValue() instanceof List<?> list)) {
                problem(here, "is " + kind(entry.getValue()) + ", where a room's talks are a list");
                continue;
            }
            for (int j = 0; j < list.size(); j++) {
                talk(list.get(j), here + "/" + j, zone, room, talks, acronym);
            }
        }
    }

    private void talk(Object value, String at, ZoneId zone, String room, List<Talk> talks, String acronym) {
        Map<String, Object> talk = object(value, at);
        if (talk == null) {
            return;
        }
        for (String k : talk.keySet()) {
            if (!TALK_PROPERTIES.contains(k)) {
                repeat("property " + k, at + "/" + escape(k), "property \"" + Echo.cut(k)
                        + "\" is not part of the format; ignored");
            }
        }
        if (talk.get("slug") instanceof String slug && !SLUG.matcher(slug).matches()) {
            repeat("slug", at + "/slug", "slug \"" + Echo.cut(slug) + "\" does not follow the format's pattern "
                    + "(lower-case letters, digits, _ and -); not read");
        }
        int before = problems.size();
        Optional<Long> number = Optional.empty();
        Object id = talk.get("id");
        if (id instanceof BigDecimal n && isWholeNumber(n)) {
            number = Optional.of(n.longValue());
        } else if (id != null) {
            warn(at + "/id", "is " + kind(id) + ", where the format has a whole number; ignored");
        }
        UUID guid = null;
        Optional<String> guidText = string(talk, at, "guid");
        if (guidText.isPresent() && GUID.matcher(guidText.get()).matches()) {
            guid = UUID.fromString(guidText.get());
        } else if (number.isPresent()) {
            warn(at + "/guid", (guidText.isPresent() ? "\"" + Echo.cut(guidText.get()) + "\" is not a GUID" : "missing")
                    + "; the talk is known by a GUID made from the conference and its id");
            guid = FrabSchedule.guid("talk:" + acronym + "/" + number.get());
        } else {
            problem(at + "/guid", "a talk needs a GUID or an id, so that a newer schedule can update it");
        }
        Optional<String> title = string(talk, at, "title").filter(t -> !t.isBlank());
        if (title.isEmpty()) {
            problem(at + "/title", "a talk needs a title");
        }
        ZonedDateTime start = start(talk, at, zone);
        Duration duration = duration(talk, at);
        if (talk.get("room") instanceof String named && !named.equals(room)) {
            warn(at + "/room", "\"" + Echo.cut(named) + "\" differs from the room the day lists the talk in (\""
                    + Echo.cut(room) + "\"); the day's is kept");
        }
        Optional<String> track = string(talk, at, "track").filter(t -> !t.isBlank());
        Optional<String> language = string(talk, at, "language").filter(t -> !t.isBlank()).flatMap(tag -> {
            try {
                return Optional.of(LocalizedText.languageTag(tag));
            } catch (IllegalArgumentException e) {
                warn(at + "/language", "\"" + Echo.cut(tag) + "\" is not a language tag; ignored");
                return Optional.empty();
            }
        });
        Optional<String> summary = string(talk, at, "abstract").map(String::strip).filter(t -> !t.isEmpty());
        SessionFormat format = format(string(talk, at, "type"), at + "/type");
        List<Talk.Speaker> speakers = speakers(talk, at);
        if (problems.size() == before && start != null && duration != null) {
            talks.add(new Talk(at, guid, number, title.orElseThrow(), start, start.plus(duration), room, track, language,
                    summary, format, speakers));
        }
    }

    private ZonedDateTime start(Map<String, Object> talk, String at, ZoneId zone) {
        Optional<String> date = string(talk, at, "date");
        if (date.isEmpty()) {
            problem(at + "/date", "a talk with no start: the format gives it as a date and time with its offset");
            return null;
        }
        ZonedDateTime start;
        try {
            OffsetDateTime offset = OffsetDateTime.parse(date.get(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            start = offset.atZoneSameInstant(zone);
            if (!start.getOffset().equals(offset.getOffset())) {
                warn(at + "/date", "the offset " + offset.getOffset() + " is not " + zone + "'s at that time ("
                        + start.getOffset() + "); the instant is kept");
            }
        } catch (DateTimeException e) {
            problem(at + "/date", "\"" + Echo.cut(date.get()) + "\" is not a date and time with an offset "
                    + "(2019-08-21T11:00:00+02:00)");
            return null;
        }
        Optional<String> hours = string(talk, at, "start");
        if (hours.isPresent()) {
            if (!HOURS.matcher(hours.get()).matches()) {
                warn(at + "/start", "\"" + Echo.cut(hours.get()) + "\" is not a time of day (HH:MM); the date's is kept");
            } else if (!LocalTime.parse(hours.get()).equals(start.toLocalTime().withSecond(0).withNano(0))) {
                warn(at + "/start", hours.get() + " differs from the time in its date ("
                        + start.toLocalTime() + " in " + zone + "); the date's is kept");
            }
        }
        return start;
    }

    private Duration duration(Map<String, Object> talk, String at) {
        Optional<String> text = string(talk, at, "duration");
        if (text.isEmpty()) {
            problem(at + "/duration", "a talk needs a duration (HH:MM)");
            return null;
        }
        var m = DURATION.matcher(text.get());
        if (!m.matches()) {
            problem(at + "/duration", "\"" + Echo.cut(text.get()) + "\" is not a duration (HH:MM)");
            return null;
        }
        Duration d = Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2)))
                .plusSeconds(m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
        if (d.isZero()) {
            problem(at + "/duration", "a talk lasts longer than no time");
            return null;
        }
        return d;
    }

    private SessionFormat format(Optional<String> type, String at) {
        if (type.isEmpty()) {
            return SessionFormat.PLENARY;
        }
        String t = type.get().toLowerCase(Locale.ROOT);
        if (t.contains("workshop")) {
            return SessionFormat.WORKSHOP;
        }
        if (t.contains("panel")) {
            return SessionFormat.PANEL;
        }
        if (t.contains("world caf") || t.contains("world-caf")) {
            return SessionFormat.WORLD_CAFE;
        }
        if (t.contains("one-to-one") || t.contains("one to one")) {
            return SessionFormat.ONE_TO_ONE;
        }
        if (!t.contains("plenary")) {
            repeat("type " + type.get(), at, "type \"" + Echo.cut(type.get()) + "\" is not a session format; read as "
                    + "plenary");
        }
        return SessionFormat.PLENARY;
    }

    private List<Talk.Speaker> speakers(Map<String, Object> talk, String at) {
        Object persons = talk.get("persons");
        if (persons == null) {
            warn(at + "/persons", "missing: the talk has no speakers");
            return List.of();
        }
        if (!(persons instanceof List<?> list)) {
            warn(at + "/persons", "is " + kind(persons) + ", where the speakers are a list; no speakers read");
            return List.of();
        }
        List<Talk.Speaker> speakers = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String here = at + "/persons/" + i;
            if (!(list.get(i) instanceof Map<?, ?> person)) {
                warn(here, "is " + kind(list.get(i)) + ", where a speaker is an object; skipped");
                continue;
            }
            Object name = person.get("public_name") instanceof String s && !s.isBlank() ? s : person.get("name");
            if (!(name instanceof String n) || n.isBlank()) {
                warn(here, "a speaker without a name (public_name or name); skipped");
                continue;
            }
            String clean = n.strip().replaceAll("\\s+", " ");
            if (!seen.add(clean)) {
                continue;
            }
            Optional<String> email = person.get("email") instanceof String e && !e.isBlank()
                    ? Optional.of(e.strip()) : Optional.empty();
            Optional<String> key = Optional.empty();
            if (person.get("code") instanceof String code && !code.isBlank()) {
                key = Optional.of(code);
            } else if (person.get("guid") instanceof String g && GUID.matcher(g).matches()) {
                key = Optional.of(g.toLowerCase(Locale.ROOT));
            } else if (person.get("id") instanceof BigDecimal id && isWholeNumber(id)) {
                key = Optional.of(Long.toString(id.longValue()));
            }
            speakers.add(new Talk.Speaker(here, clean, email, key));
        }
        return List.copyOf(speakers);
    }

    /**
     * Whether a number is a whole number that fits a {@code long}: compared before any conversion,
     * so that a hostile {@code 1e999999999} costs what its text costs.
     */
    private static boolean isWholeNumber(BigDecimal n) {
        return n.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0 && n.stripTrailingZeros().scale() <= 0;
    }

    // ---------------------------------------------------------------- the tree

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(Object value, String at) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        if (value != null) {
            problem(at, "is " + kind(value) + ", where the format has an object");
        }
        return null;
    }

    private Object required(Map<String, Object> object, String at, String name) {
        Object value = object.get(name);
        if (value == null) {
            problem(at + "/" + name, "missing: the format requires it");
        }
        return value;
    }

    /** A string property; null and absence are empty, another kind is noted and empty. */
    private Optional<String> string(Map<String, Object> object, String at, String name) {
        Object value = object.get(name);
        if (value == null || value == JsonTree.NULL) {
            return Optional.empty();
        }
        if (value instanceof String s) {
            return Optional.of(s);
        }
        warn(at + "/" + escape(name), "is " + kind(value) + ", where the format has text; ignored");
        return Optional.empty();
    }

    private static String kind(Object value) {
        if (value == JsonTree.NULL) {
            return "null";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof String) {
            return "text";
        }
        if (value instanceof Boolean) {
            return "true or false";
        }
        return "a number";
    }

    private void repeat(String key, String pointer, String message) {
        repeated.computeIfAbsent(key, k -> new Repeated(pointer, message)).talks++;
    }

    /** A deviation that repeats: where it first is, what it is, and in how many talks. */
    private static final class Repeated {
        private final String pointer;
        private final String message;
        private int talks;

        Repeated(String pointer, String message) {
            this.pointer = pointer;
            this.message = message;
        }
    }

    private void warn(String pointer, String message) {
        warnings.add(new ScheduleNote(pointer, message));
    }

    private void problem(String pointer, String message) {
        problems.add(new ScheduleNote(pointer, message));
    }

    /** A property name as a JSON Pointer step (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
