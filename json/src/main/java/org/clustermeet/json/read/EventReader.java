package org.clustermeet.json.read;

import static org.clustermeet.json.internal.DocumentNames.*;
import static org.clustermeet.json.read.EntityReader.orEmpty;
import static org.clustermeet.json.read.TokenReader.build;
import static org.clustermeet.json.read.TokenReader.noUnknown;
import static org.clustermeet.json.read.TokenReader.parse;
import static org.clustermeet.json.read.TokenReader.require;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import com.fasterxml.jackson.core.JsonToken;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.AdmittedKinds;
import org.clustermeet.core.event.Delivery;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventKind;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.EventStatus;
import org.clustermeet.core.event.RegistrationWindow;
import org.clustermeet.core.event.Room;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.event.Venue;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.fact.StatedFigure;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.label.LabelLevel;
import org.clustermeet.core.organisation.OrganisationKind;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.text.IsoText;
import org.clustermeet.core.value.CountryCode;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.core.value.WebLink;
import org.clustermeet.json.internal.EnumNames;
import org.clustermeet.json.internal.JsonFailure;
import org.clustermeet.json.internal.PointerPath;
import org.clustermeet.json.internal.PointerText;

/**
 * Reads events with their venues and eligibility policies straight from the parser, in the same
 * way as {@link EntityReader}; their sessions are {@link SessionReader}'s.
 */
final class EventReader {

    private final TokenReader in;
    private final EntityReader entities;
    private final SessionReader sessions;

    EventReader(TokenReader in, EntityReader entities) {
        this.in = in;
        this.entities = entities;
        this.sessions = new SessionReader(in, entities);
    }

    /** Start, end and zone of a time slot, kept as text until the object is read. */
    static final class Slot {
        String start;
        String end;
        String zone;

        boolean any() {
            return start != null || end != null || zone != null;
        }

        TimeSlot toSlot(PointerPath at) {
            ZoneId id = parse(require(zone, at, ZONE), at.child(ZONE), EventReader::zone);
            ZonedDateTime s = zoned(require(start, at, START), at.child(START), id);
            ZonedDateTime e = zoned(require(end, at, END), at.child(END), id);
            return build(at.child(END), () -> new TimeSlot(s, e));
        }
    }

    /** A zone that is an IANA region, not a fixed offset. */
    static ZoneId zone(String id) {
        ZoneId zone = ZoneId.of(id);
        if (zone instanceof ZoneOffset) {
            throw new IllegalArgumentException("time zone must be an IANA region such as Europe/Brussels, not \""
                    + id + "\"");
        }
        return zone;
    }

    private static ZonedDateTime zoned(String text, PointerPath at, ZoneId zone) {
        OffsetDateTime odt = parse(text, at, IsoText::offsetDateTime);
        try {
            return ZonedDateTime.ofStrict(odt.toLocalDateTime(), odt.getOffset(), zone);
        } catch (DateTimeException e) {
            throw new JsonFailure(at, "offset " + odt.getOffset() + " does not match time zone " + zone + " at "
                    + odt.toLocalDateTime(), e);
        }
    }

    Event event(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        EventId id = null;
        LocalizedText title = null;
        EventKind kind = null;
        Slot slot = new Slot();
        LocalDate firstDay = null;
        LocalDate lastDay = null;
        Venue venue = null;
        List<OrganisationId> organisers = null;
        EventId parent = null;
        Integer capacity = null;
        EligibilityPolicy eligibility = null;
        EventStatus status = null;
        List<WebLink> materials = null;
        List<String> languages = null;
        List<Session> sessions = null;
        RegistrationWindow window = RegistrationWindow.UNTIL_START;
        List<EventRole> waived = null;
        List<StatedFigure> stated = null;
        AttendanceMode mode = null;
        WebLink link = null;
        Integer onlineCapacity = null;
        boolean open = false;
        AdmittedKinds admitted = AdmittedKinds.DEFAULT;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case ID -> id = in.id(at, ID, in.eventIds);
                case TITLE -> title = in.text(at, TITLE);
                case KIND -> kind = in.enumValue(at, KIND, EventKind.class);
                case START -> slot.start = in.string(at, START);
                case END -> slot.end = in.string(at, END);
                case ZONE -> slot.zone = in.string(at, ZONE);
                case FIRST_DAY -> firstDay = in.parsed(at, FIRST_DAY, IsoText::date);
                case LAST_DAY -> lastDay = in.parsed(at, LAST_DAY, IsoText::date);
                case VENUE -> venue = venue(at);
                case ORGANISERS -> organisers = in.ids(at, ORGANISERS, in.organisationIds);
                case PARENT -> parent = in.id(at, PARENT, in.eventIds);
                case CAPACITY -> capacity = in.integer(at, CAPACITY, 1, Integer.MAX_VALUE);
                case ELIGIBILITY -> eligibility = policy(in.value(at, ELIGIBILITY), at.child(ELIGIBILITY));
                case STATUS -> status = in.enumValue(at, STATUS, EventStatus.class);
                case MATERIALS -> materials = in.strings(at, MATERIALS, WebLink::of);
                case LANGUAGES -> languages = in.strings(at, LANGUAGES, s -> s);
                case SESSIONS -> sessions = in.array(at, SESSIONS, this::session);
                case REGISTRATION_WINDOW -> window = registrationWindow(at);
                case AFFILIATION_WAIVED_FOR -> waived = in.enums(at, AFFILIATION_WAIVED_FOR, EventRole.class);
                case STATED_FIGURES -> stated = in.array(at, STATED_FIGURES, this::statedFigure);
                case ATTENDANCE_MODE -> mode = in.nonDefault(at, ATTENDANCE_MODE, AttendanceMode.class,
                        AttendanceMode.IN_PERSON, "for an event delivered in person");
                case ONLINE_LINK -> link = in.parsed(at, ONLINE_LINK, WebLink::of);
                case ONLINE_CAPACITY -> onlineCapacity = in.integer(at, ONLINE_CAPACITY, 1, Integer.MAX_VALUE);
                case OPEN_REGISTRATION -> open = in.bool(at, OPEN_REGISTRATION);
                case ADMITTED_KINDS -> admitted = admittedKinds(at);
                default -> unknown = entities.skip(unknown, f);
            }
        }
        EventSchedule schedule;
        if (slot.any()) {
            if (firstDay != null || lastDay != null) {
                throw new JsonFailure(at, "an event has either start/end/zone or firstDay/lastDay, not both", null);
            }
            TimeSlot timed = slot.toSlot(at);
            schedule = build(at, () -> EventSchedule.timed(timed));
        } else {
            LocalDate from = require(firstDay, at, FIRST_DAY);
            LocalDate to = require(lastDay, at, LAST_DAY);
            schedule = build(at.child(LAST_DAY), () -> EventSchedule.days(from, to));
        }
        EventId eid = require(id, at, ID);
        LocalizedText t = require(title, at, TITLE);
        EventKind k = require(kind, at, KIND);
        EventStatus s = require(status, at, STATUS);
        Optional<Venue> v = Optional.ofNullable(venue);
        Optional<EventId> p = Optional.ofNullable(parent);
        Optional<Integer> c = Optional.ofNullable(capacity);
        Optional<EligibilityPolicy> e = Optional.ofNullable(eligibility);
        List<OrganisationId> o = orEmpty(organisers);
        List<WebLink> m = orEmpty(materials);
        List<String> l = orEmpty(languages);
        List<Session> ss = orEmpty(sessions);
        EventSchedule when = schedule;
        RegistrationWindow w = window;
        Set<EventRole> roles = waived == null ? Set.of() : uniqueRoles(waived, at.child(AFFILIATION_WAIVED_FOR));
        List<StatedFigure> figures = orEmpty(stated);
        Delivery delivery = delivery(at, mode == null ? AttendanceMode.IN_PERSON : mode, link);
        Optional<Integer> oc = Optional.ofNullable(onlineCapacity);
        boolean anyone = open;
        AdmittedKinds kinds = admitted;
        Event event = build(at, () -> new Event(eid, t, k, when, v, o, p, c, e.map(x -> x), s, m, l, ss, w, roles,
                figures, delivery, oc, anyone, kinds));
        noUnknown(at, unknown);
        return event;
    }

    private RegistrationWindow registrationWindow(PointerPath event) throws IOException {
        in.object(event, REGISTRATION_WINDOW);
        PointerPath at = event.child(REGISTRATION_WINDOW);
        Instant opens = null;
        Instant closes = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case OPENS -> opens = in.parsed(at, OPENS, IsoText::instant);
                case CLOSES -> closes = in.parsed(at, CLOSES, IsoText::instant);
                default -> unknown = entities.skip(unknown, f);
            }
        }
        noUnknown(at, unknown);
        if (opens == null && closes == null) {
            throw new JsonFailure(at, "a registration window names when it opens, when it closes, or both "
                    + "(leave it out to close registration when the event starts)", null);
        }
        Optional<Instant> o = Optional.ofNullable(opens);
        Optional<Instant> c = Optional.ofNullable(closes);
        return build(at.child(CLOSES), () -> new RegistrationWindow(o, c));
    }

    /**
     * Reads which kinds of role each listed event role admits, such as {@code {"cluster-manager":
     * ["manager", "deputy-manager"]}}: the whole rule, in place of the default.
     */
    private AdmittedKinds admittedKinds(PointerPath event) throws IOException {
        in.object(event, ADMITTED_KINDS);
        PointerPath at = event.child(ADMITTED_KINDS);
        Map<EventRole, Set<RoleKind>> byRole = new EnumMap<>(EventRole.class);
        String f;
        while ((f = in.nextField()) != null) {
            EventRole role = EnumNames.require(f, at.child(f), EventRole.class);
            List<RoleKind> kinds = in.enums(at, f, RoleKind.class);
            if (byRole.containsKey(role)) {
                throw new JsonFailure(at.child(f), "role \"" + EnumNames.of(role) + "\" is named twice", null);
            }
            if (kinds.isEmpty()) {
                throw new JsonFailure(at.child(f), "no kind of role is admitted (leave \"" + EnumNames.of(role)
                        + "\" out to admit any kind)", null);
            }
            Set<RoleKind> set = EnumSet.noneOf(RoleKind.class);
            for (int i = 0; i < kinds.size(); i++) {
                if (!set.add(kinds.get(i))) {
                    throw new JsonFailure(at.child(f).child(i), "kind \"" + EnumNames.of(kinds.get(i))
                            + "\" is named twice", null);
                }
            }
            byRole.put(role, set);
        }
        return new AdmittedKinds(byRole);
    }

    /** The roles as a set, refusing a role named twice (the writer could not give the same document back). */
    private static Set<EventRole> uniqueRoles(List<EventRole> roles, PointerPath at) {
        Set<EventRole> set = EnumSet.noneOf(EventRole.class);
        for (int i = 0; i < roles.size(); i++) {
            if (!set.add(roles.get(i))) {
                throw new JsonFailure(at.child(i), "role \"" + EnumNames.of(roles.get(i)) + "\" is named twice", null);
            }
        }
        return set;
    }

    static Delivery delivery(PointerPath at, AttendanceMode mode, WebLink link) {
        Optional<WebLink> l = Optional.ofNullable(link);
        return build(at.child(link == null ? ATTENDANCE_MODE : ONLINE_LINK), () -> new Delivery(mode, l));
    }

    private StatedFigure statedFigure(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        StatedFigure.Figure figure = null;
        StatedCount.Qualifier qualifier = null;
        Long value = null;
        List<String> items = null;
        String source = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case FIGURE -> figure = in.enumValue(at, FIGURE, StatedFigure.Figure.class);
                case QUALIFIER -> qualifier = in.enumValue(at, QUALIFIER, StatedCount.Qualifier.class);
                case VALUE -> value = in.longInteger(at, VALUE, 0);
                case ITEMS -> items = in.strings(at, ITEMS, s -> s);
                case SOURCE -> source = in.string(at, SOURCE);
                default -> unknown = entities.skip(unknown, f);
            }
        }
        StatedFigure.Figure fig = require(figure, at, FIGURE);
        StatedCount.Qualifier q = require(qualifier, at, QUALIFIER);
        long v = require(value, at, VALUE);
        List<String> named = orEmpty(items);
        String src = require(source, at, SOURCE);
        StatedFigure stated = build(at, () -> new StatedFigure(fig, q, v, named, src));
        noUnknown(at, unknown);
        return stated;
    }

    private Venue venue(PointerPath event) throws IOException {
        in.object(event, VENUE);
        PointerPath at = event.child(VENUE);
        String name = null;
        String city = null;
        CountryCode country = null;
        List<Room> rooms = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case NAME -> name = in.string(at, NAME);
                case CITY -> city = in.string(at, CITY);
                case COUNTRY -> country = in.parsed(at, COUNTRY, CountryCode::of);
                case ROOMS -> rooms = in.array(at, ROOMS, this::room);
                default -> unknown = entities.skip(unknown, f);
            }
        }
        Optional<String> n = Optional.ofNullable(name);
        String c = require(city, at, CITY);
        CountryCode cc = require(country, at, COUNTRY);
        List<Room> r = orEmpty(rooms);
        Venue venue = build(at, () -> new Venue(n, c, cc, r));
        noUnknown(at, unknown);
        return venue;
    }

    private Room room(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        String name = null;
        Integer capacity = null;
        String unknown = null;
        String f;
        while ((f = in.nextField()) != null) {
            switch (f) {
                case NAME -> name = in.string(at, NAME);
                case CAPACITY -> capacity = in.integer(at, CAPACITY, 1, Integer.MAX_VALUE);
                default -> unknown = entities.skip(unknown, f);
            }
        }
        String n = require(name, at, NAME);
        OptionalInt c = capacity == null ? OptionalInt.empty() : OptionalInt.of(capacity);
        Room room = build(at, () -> new Room(n, c));
        noUnknown(at, unknown);
        return room;
    }

    /** A GUID as conference tools write it: 8-4-4-4-12 hexadecimal digits. */
    /** Reads a session, as {@link SessionReader} does. */
    Session session(JsonToken first, PointerPath at) throws IOException {
        return sessions.session(first, at);
    }

    EligibilityPolicy policy(JsonToken first, PointerPath at) throws IOException {
        in.startObject(first, at);
        String type = null;
        List<EligibilityPolicy> policies = null;
        EligibilityPolicy policy = null;
        LabelLevel minimum = null;
        List<OrganisationKind> kinds = null;
        OrganisationId group = null;
        List<EventRole> roles = null;
        List<String> present = new ArrayList<>(4);
        String f;
        while ((f = in.nextField()) != null) {
            present.add(f);
            switch (f) {
                case TYPE -> type = in.string(at, TYPE);
                case POLICIES -> policies = in.array(at, POLICIES, this::policy);
                case POLICY -> policy = policy(in.value(at, POLICY), at.child(POLICY));
                case MINIMUM -> minimum = in.enumValue(at, MINIMUM, LabelLevel.class);
                case KINDS -> kinds = in.enums(at, KINDS, OrganisationKind.class);
                case GROUP -> group = in.id(at, GROUP, in.organisationIds);
                case ROLES -> roles = in.enums(at, ROLES, EventRole.class);
                default -> in.skipValue();
            }
        }
        String t = require(type, at, TYPE);
        int variant = POLICY_TYPES.indexOf(t);
        if (variant < 0) {
            throw new JsonFailure(at.child(TYPE), "unknown eligibility policy type \"" + PointerText.abbreviate(t)
                    + "\" (expected one of: " + String.join(", ", POLICY_TYPES) + ")", null);
        }
        List<EligibilityPolicy> ps = orEmpty(policies);
        List<OrganisationKind> ks = orEmpty(kinds);
        List<EventRole> rs = orEmpty(roles);
        EligibilityPolicy result = switch (t) {
            case ALL_OF -> build(at, () -> new EligibilityPolicy.AllOf(ps));
            case ANY_OF -> build(at, () -> new EligibilityPolicy.AnyOf(ps));
            case NOT -> {
                EligibilityPolicy negated = require(policy, at, POLICY);
                yield build(at, () -> new EligibilityPolicy.Not(negated));
            }
            case HOLDS_LABEL -> {
                LabelLevel level = require(minimum, at, MINIMUM);
                yield build(at, () -> new EligibilityPolicy.HoldsLabel(level));
            }
            case REPRESENTS_KIND -> build(at, () -> new EligibilityPolicy.RepresentsKind(Set.copyOf(ks)));
            case MEMBER_OF -> {
                OrganisationId g = require(group, at, GROUP);
                yield build(at, () -> new EligibilityPolicy.MemberOf(g));
            }
            default -> build(at, () -> new EligibilityPolicy.HasEventRole(Set.copyOf(rs)));
        };
        List<String> allowed = OBJECTS.get("/$defs/policy/oneOf/" + variant);
        for (String p : present) {
            if (!allowed.contains(p)) {
                noUnknown(at, p);
            }
        }
        return result;
    }
}
