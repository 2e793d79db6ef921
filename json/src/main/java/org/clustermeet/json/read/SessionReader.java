package org.clustermeet.json.read;

import static org.clustermeet.json.internal.DocumentNames.*;
import static org.clustermeet.json.read.EntityReader.orEmpty;
import static org.clustermeet.json.read.TokenReader.build;
import static org.clustermeet.json.read.TokenReader.noUnknown;
import static org.clustermeet.json.read.TokenReader.require;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonToken;

import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Delivery;
import org.clustermeet.core.event.Feedback;
import org.clustermeet.core.event.PolicyLevel;
import org.clustermeet.core.event.ProposedTopic;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.SessionFormat;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.SessionId;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.WebLink;
import org.clustermeet.json.internal.JsonFailure;
import org.clustermeet.json.internal.PointerPath;

/**
 * Reads an event's sessions, with their contributions, proposed topics and feedback, straight
 * from the parser, for {@link EventReader}.
 */
final class SessionReader {

    private final TokenReader in;
    private final EntityReader entities;

    SessionReader(TokenReader in, EntityReader entities) {
        this.in = in;
        this.entities = entities;
    }

    private static UUID guid(String text) {
        if (!GUID_TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException("Invalid GUID (8-4-4-4-12 hexadecimal digits): \"" + text + "\"");
        }
        return UUID.fromString(text);
    }

    private static final Pattern GUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    Session session(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        SessionId id = null;
        Integer order = null;
        LocalizedText title = null;
        SessionFormat format = null;
        EventReader.Slot slot = new EventReader.Slot();
        List<PersonId> chairs = null;
        List<Contribution> contributions = null;
        List<ProposedTopic> topics = null;
        List<Feedback> feedback = null;
        AttendanceMode mode = null;
        WebLink link = null;
        String room = null;
        boolean mayOverlap = false;
        String track = null;
        LocalizedText summary = null;
        String language = null;
        UUID guid = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case ROOM -> room = in.string(at, ROOM);
                case MAY_OVERLAP -> mayOverlap = in.bool(at, MAY_OVERLAP);
                case TRACK -> track = in.string(at, TRACK);
                case ABSTRACT -> summary = in.text(at, ABSTRACT);
                case LANGUAGE -> language = in.parsed(at, LANGUAGE, LocalizedText::languageTag);
                case GUID -> guid = in.parsed(at, GUID, SessionReader::guid);
                case ATTENDANCE_MODE -> mode = in.enumValue(at, ATTENDANCE_MODE, AttendanceMode.class);
                case ONLINE_LINK -> link = in.parsed(at, ONLINE_LINK, WebLink::of);
                case ID -> id = in.parsed(at, ID, SessionId::of);
                case ORDER -> order = in.integer(at, ORDER, 1, Integer.MAX_VALUE);
                case TITLE -> title = in.text(at, TITLE);
                case FORMAT -> format = in.enumValue(at, FORMAT, SessionFormat.class);
                case START -> slot.start = in.string(at, START);
                case END -> slot.end = in.string(at, END);
                case ZONE -> slot.zone = in.string(at, ZONE);
                case CHAIRS -> chairs = in.ids(at, CHAIRS, in.personIds);
                case CONTRIBUTIONS -> contributions = in.array(at, CONTRIBUTIONS, this::contribution);
                case TOPICS -> topics = in.array(at, TOPICS, this::topic);
                case FEEDBACK -> feedback = in.array(at, FEEDBACK, this::feedback);
                default -> unknown = entities.skip(unknown, f);
            }
        }
        SessionId sid = require(id, at, ID);
        int o = require(order, at, ORDER);
        LocalizedText t = require(title, at, TITLE);
        SessionFormat fm = require(format, at, FORMAT);
        Optional<TimeSlot> s = slot.any() ? Optional.of(slot.toSlot(at)) : Optional.empty();
        List<PersonId> c = orEmpty(chairs);
        List<Contribution> cs = orEmpty(contributions);
        List<ProposedTopic> ts = orEmpty(topics);
        List<Feedback> fs = orEmpty(feedback);
        if (mode == null && link != null) {
            throw new JsonFailure(at.child(ONLINE_LINK), "a session's \"" + ONLINE_LINK + "\" needs its \""
                    + ATTENDANCE_MODE + "\"", null);
        }
        Optional<Delivery> d = mode == null ? Optional.empty() : Optional.of(EventReader.delivery(at, mode, link));
        Optional<String> r = Optional.ofNullable(room);
        boolean overlap = mayOverlap;
        Optional<String> tr = Optional.ofNullable(track);
        Optional<LocalizedText> sm = Optional.ofNullable(summary);
        Optional<String> lang = Optional.ofNullable(language);
        Optional<UUID> g = Optional.ofNullable(guid);
        Session session = build(at, () -> new Session(sid, o, t, fm, s, c, cs, ts, fs, d, r, overlap, tr, sm, lang, g));
        noUnknown(at, unknown);
        return session;
    }

    private Contribution contribution(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        PersonId speaker = null;
        LocalizedText title = null;
        List<WebLink> materials = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case SPEAKER -> speaker = in.id(at, SPEAKER, in.personIds);
                case TITLE -> title = in.text(at, TITLE);
                case MATERIALS -> materials = in.strings(at, MATERIALS, WebLink::of);
                default -> unknown = entities.skip(unknown, f);
            }
        }
        PersonId s = require(speaker, at, SPEAKER);
        LocalizedText t = require(title, at, TITLE);
        List<WebLink> m = orEmpty(materials);
        Contribution contribution = build(at, () -> new Contribution(s, t, m));
        noUnknown(at, unknown);
        return contribution;
    }

    private ProposedTopic topic(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        LocalizedText title = null;
        PersonId proposer = null;
        PolicyLevel level = null;
        Integer interest = null;
        boolean popular = false;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case TITLE -> title = in.text(at, TITLE);
                case PROPOSER -> proposer = in.id(at, PROPOSER, in.personIds);
                case LEVEL -> level = in.enumValue(at, LEVEL, PolicyLevel.class);
                case INTEREST -> interest = in.integer(at, INTEREST, 0, Integer.MAX_VALUE);
                case AMONG_MOST_POPULAR -> {
                    if (!in.bool(at, AMONG_MOST_POPULAR)) {
                        throw new JsonFailure(at.child(AMONG_MOST_POPULAR), "\"" + AMONG_MOST_POPULAR
                                + "\" is either true or left out", null);
                    }
                    popular = true;
                }
                default -> unknown = entities.skip(unknown, f);
            }
        }
        LocalizedText t = require(title, at, TITLE);
        Optional<PersonId> p = Optional.ofNullable(proposer);
        Optional<PolicyLevel> l = Optional.ofNullable(level);
        Optional<Integer> i = Optional.ofNullable(interest);
        boolean mostPopular = popular;
        ProposedTopic topic = build(at, () -> new ProposedTopic(t, p, l, i, mostPopular));
        noUnknown(at, unknown);
        return topic;
    }

    private Feedback feedback(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        PersonId author = null;
        LocalizedText text = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case AUTHOR -> author = in.id(at, AUTHOR, in.personIds);
                case TEXT -> text = in.text(at, TEXT);
                default -> unknown = entities.skip(unknown, f);
            }
        }
        Optional<PersonId> a = Optional.ofNullable(author);
        LocalizedText t = require(text, at, TEXT);
        Feedback feedback = build(at, () -> new Feedback(a, t));
        noUnknown(at, unknown);
        return feedback;
    }

    // ------------------------------------------------------------------ eligibility

    /** Reads an eligibility policy: an object with its {@code type} and that type's properties. */
}
