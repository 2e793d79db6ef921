package org.clustermeet.interop.frab;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.Spelling;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * An event's programme as the {@code schedule.json} that frab and pretalx export and that
 * conference tools, apps and video teams read. One day per day of the event; the venue's rooms,
 * and for sessions that name none one room named after the venue (or "Online"); one talk per
 * session with a time slot, in programme order, with its format as type, and its track, language
 * and abstract where known. Ids are stable across exports: a talk keeps the GUID its session came
 * with from a conference tool, and otherwise the talks' and people's GUIDs are name-based UUIDs
 * (version 5, URL namespace) of their ids in the registry. Speakers appear only when they
 * said yes to publishing their name; no e-mail or phone ever. Sessions without a time slot cannot
 * be placed on a schedule and are left out ({@link #untimedSessions} says how many). A pure
 * function of the registry. Immutable and thread-safe.
 */
public final class FrabSchedule {

    /** The URL namespace of RFC 4122, which frab uses for its name-based GUIDs. */
    private static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final JsonFactory JSON = new JsonFactory();

    private final Registry registry;
    private final Event event;

    private FrabSchedule(Registry registry, Event event) {
        this.registry = registry;
        this.event = event;
    }

    /**
     * Returns the schedule of an event.
     *
     * @param registry the registry, not null
     * @param event    the event's id, not null
     * @return the schedule
     * @throws IllegalArgumentException if the registry has no such event
     */
    public static FrabSchedule of(Registry registry, EventId event) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(event, "event");
        return new FrabSchedule(registry, registry.event(event).orElseThrow(() ->
                new IllegalArgumentException("no event with id " + event + " in the registry")));
    }

    /** {@return how many of the event's sessions have no time slot, and so are not in the schedule} */
    public int untimedSessions() {
        return (int) event.sessions().stream().filter(s -> s.slot().isEmpty()).count();
    }

    /**
     * Writes the schedule as UTF-8 JSON, indented.
     *
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        ZoneId zone = zone();
        List<String> rooms = rooms();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeObjectFieldStart("generator");
            g.writeStringField("name", "clustermeet");
            g.writeEndObject();
            g.writeObjectFieldStart("schedule");
            g.writeStringField("version", "1");
            g.writeObjectFieldStart("conference");
            g.writeStringField("acronym", acronym(event.id()));
            g.writeStringField("title", event.title().english());
            LocalDate first = event.schedule().firstDay();
            LocalDate last = event.schedule().lastDay();
            g.writeStringField("start", first.toString());
            g.writeStringField("end", last.toString());
            g.writeNumberField("daysCount", (int) (last.toEpochDay() - first.toEpochDay()) + 1);
            g.writeStringField("timeslot_duration", "00:15");
            g.writeStringField("time_zone_name", zone.getId());
            g.writeArrayFieldStart("rooms");
            for (String room : rooms) {
                g.writeStartObject();
                g.writeStringField("name", room);
                g.writeStringField("guid", guid("room:" + event.id().value() + "/" + room).toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("days");
            int index = 0;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                day(g, ++index, day, zone, rooms);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private void day(JsonGenerator g, int index, LocalDate day, ZoneId zone, List<String> rooms) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", index);
        g.writeStringField("date", day.toString());
        g.writeStringField("day_start", day.atStartOfDay(zone).format(ISO_OFFSET_DATE_TIME));
        g.writeStringField("day_end", day.plusDays(1).atStartOfDay(zone).format(ISO_OFFSET_DATE_TIME));
        g.writeObjectFieldStart("rooms");
        for (String room : rooms) {
            g.writeArrayFieldStart(room);
            for (Session s : event.sessions()) {
                if (s.slot().isPresent() && roomOf(s).equals(room)
                        && s.slot().get().start().withZoneSameInstant(zone).toLocalDate().equals(day)) {
                    talk(g, s, zone, room);
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private void talk(JsonGenerator g, Session s, ZoneId zone, String room) throws IOException {
        ZonedDateTime start = s.slot().orElseThrow().start().withZoneSameInstant(zone);
        ZonedDateTime end = s.slot().orElseThrow().end().withZoneSameInstant(zone);
        Duration length = Duration.between(start, end);
        UUID guid = s.guid().orElseGet(() -> guid("session:" + event.id().value() + "/" + s.id().value()));
        g.writeStartObject();
        g.writeStringField("guid", guid.toString());
        g.writeNumberField("id", s.order() > 0 ? s.order() : 1);
        g.writeStringField("date", start.format(ISO_OFFSET_DATE_TIME));
        g.writeStringField("start", start.format(HOURS));
        g.writeStringField("duration", String.format(Locale.ROOT, "%02d:%02d", length.toHours(),
                length.toMinutesPart()));
        g.writeStringField("room", room);
        g.writeStringField("slug", slug(event.id().value() + "-" + s.id().value()));
        g.writeStringField("url", "urn:uuid:" + guid);
        g.writeStringField("title", s.title().english());
        g.writeNullField("subtitle");
        if (s.track().isPresent()) {
            g.writeStringField("track", s.track().get());
        } else {
            g.writeNullField("track");
        }
        g.writeStringField("type", Spelling.document(s.format()));
        Optional<String> language = s.language().or(() -> event.languages().stream().findFirst());
        if (language.isPresent()) {
            g.writeStringField("language", language.get());
        } else {
            g.writeNullField("language");
        }
        if (s.summary().isPresent()) {
            g.writeStringField("abstract", s.summary().get().english());
        } else {
            g.writeNullField("abstract");
        }
        g.writeArrayFieldStart("persons");
        for (PersonId id : s.speakers()) {
            Person p = registry.person(id).orElse(null);
            // a name is published only with its owner's yes
            if (p != null && p.mayPublishName()) {
                g.writeStartObject();
                g.writeStringField("name", p.fullName());
                g.writeStringField("guid", guid("person:" + id.value()).toString());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeArrayFieldStart("links");
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The event's zone: its venue's country's, else that of its times, else UTC. */
    private ZoneId zone() {
        return event.venue().flatMap(v -> v.country().timeZone())
                .or(() -> event.sessions().stream().flatMap(s -> s.slot().stream()).map(t -> t.start().getZone())
                        .findFirst())
                .orElse(ZoneId.of("UTC"));
    }

    /**
     * The rooms of the schedule: the venue's, in its order, then, when a timed session names no
     * room, the default room.
     */
    private List<String> rooms() {
        List<String> rooms = new ArrayList<>();
        event.venue().ifPresent(v -> v.rooms().forEach(r -> rooms.add(r.name())));
        boolean defaultUsed = event.sessions().stream().anyMatch(s -> s.slot().isPresent() && s.room().isEmpty());
        if (defaultUsed && !rooms.contains(defaultRoom())) {
            rooms.add(defaultRoom());
        }
        return rooms;
    }

    /** The room a session is listed in: its own, else the default room. */
    private String roomOf(Session s) {
        return s.room().orElseGet(this::defaultRoom);
    }

    /** The room of sessions that name none: the venue's name, else its city; "Online" for an online event. */
    private String defaultRoom() {
        if (event.delivery().mode() == AttendanceMode.ONLINE || event.venue().isEmpty()) {
            return "Online";
        }
        return event.venue().get().name().orElse(event.venue().get().city());
    }

    /** frab's acronym: lower-case letters, digits and underscores, at least four. */
    static String acronym(EventId id) {
        StringBuilder b = new StringBuilder();
        for (char c : id.value().toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' ? c : '_');
        }
        while (b.length() < 4) {
            b.append('_');
        }
        return b.toString();
    }

    /** frab's slug: lower-case letters, digits, hyphens and underscores, ending in a letter or digit. */
    static String slug(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            b.append(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' ? c : '-');
        }
        while (b.length() > 0 && !Character.isLetterOrDigit(b.charAt(b.length() - 1))) {
            b.setLength(b.length() - 1);
        }
        return b.length() == 0 ? "talk" : b.toString();
    }

    /**
     * Returns the GUID clustermeet gives a thing that has none of its own: a name-based UUID,
     * version 5 (SHA-1), in the URL namespace, of {@code clustermeet:NAME}, the same on every run.
     *
     * @param name what the thing is, such as {@code session:EVENT/SESSION}; not null
     * @return the GUID
     */
    public static UUID guid(String name) {
        Objects.requireNonNull(name, "name");
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(NAMESPACE_URL));
            byte[] hash = sha1.digest(("clustermeet:" + name).getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long most = 0;
            long least = 0;
            for (int i = 0; i < 8; i++) {
                most = (most << 8) | (hash[i] & 0xff);
                least = (least << 8) | (hash[8 + i] & 0xff);
            }
            return new UUID(most, least);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] bytes = new byte[16];
        long most = uuid.getMostSignificantBits();
        long least = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (most >>> (56 - 8 * i));
            bytes[8 + i] = (byte) (least >>> (56 - 8 * i));
        }
        return bytes;
    }
}
