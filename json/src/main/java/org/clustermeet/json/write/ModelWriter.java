package org.clustermeet.json.write;

import static org.clustermeet.json.internal.DocumentNames.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.eligibility.EligibilityRule;
import org.clustermeet.core.event.AdmittedKinds;
import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Delivery;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Feedback;
import org.clustermeet.core.event.ProposedTopic;
import org.clustermeet.core.event.RegistrationWindow;
import org.clustermeet.core.event.Room;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.participation.EventRole;
import org.clustermeet.core.person.NamePublication;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.person.RoleKind;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.text.IsoText;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.json.internal.EnumNames;
import org.clustermeet.json.internal.JsonFailure;
import org.clustermeet.json.internal.PointerPath;
import org.clustermeet.json.internal.PointerText;

/**
 * Writes every core type straight to a Jackson generator, in the canonical form: fixed property
 * order, optional values and empty lists omitted. No intermediate tree is built.
 */
public final class ModelWriter {

    private ModelWriter() {
    }

    /** Writes one value; may throw {@link JsonFailure} for what JSON cannot express. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    // ------------------------------------------------------------------ helpers

    static void text(JsonGenerator g, SerializableString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    static void date(JsonGenerator g, SerializableString name, LocalDate value) throws IOException {
        char[] out = new char[10];
        formatted(g, name, out, IsoText.formatDate(value, out), value);
    }

    static void optionalDate(JsonGenerator g, SerializableString name, Optional<LocalDate> value)
            throws IOException {
        if (value.isPresent()) {
            date(g, name, value.get());
        }
    }

    static void instant(JsonGenerator g, SerializableString name, Instant value) throws IOException {
        char[] out = new char[20];
        formatted(g, name, out, IsoText.formatInstant(value, out), value);
    }

    /** Writes the first {@code length} characters of {@code out}, or the value's own text if the formatter declined. */
    static void formatted(JsonGenerator g, SerializableString name, char[] out, int length, Object value)
            throws IOException {
        g.writeFieldName(name);
        if (length < 0) {
            g.writeString(value.toString());
        } else {
            g.writeString(out, 0, length);
        }
    }

    static void number(JsonGenerator g, SerializableString name, int value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    static void number(JsonGenerator g, SerializableString name, long value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    static void number(JsonGenerator g, SerializableString name, BigDecimal value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    static void bool(JsonGenerator g, SerializableString name, boolean value) throws IOException {
        g.writeFieldName(name);
        g.writeBoolean(value);
    }

    static void startArray(JsonGenerator g, SerializableString name) throws IOException {
        g.writeFieldName(name);
        g.writeStartArray();
    }

    static void startObject(JsonGenerator g, SerializableString name) throws IOException {
        g.writeFieldName(name);
        g.writeStartObject();
    }

    static void optional(JsonGenerator g, SerializableString name, Optional<?> value) throws IOException {
        if (value.isPresent()) {
            text(g, name, value.get().toString());
        }
    }

    static void enumField(JsonGenerator g, SerializableString name, Enum<?> value) throws IOException {
        text(g, name, EnumNames.of(value));
    }

    static <T> void list(JsonGenerator g, SerializableString name, Collection<T> values, Writer<T> writer)
            throws IOException {
        if (!values.isEmpty()) {
            startArray(g, name);
            for (T v : values) {
                writer.write(g, v);
            }
            g.writeEndArray();
        }
    }

    static void strings(JsonGenerator g, SerializableString name, Collection<?> values) throws IOException {
        list(g, name, values, (gen, v) -> gen.writeString(v.toString()));
    }

    static void enums(JsonGenerator g, SerializableString name, Collection<? extends Enum<?>> values)
            throws IOException {
        list(g, name, values, (gen, v) -> gen.writeString(EnumNames.of(v)));
    }

    public static void localizedText(JsonGenerator g, LocalizedText text) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, String> e : text.texts().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    static void localizedField(JsonGenerator g, SerializableString name, LocalizedText text) throws IOException {
        g.writeFieldName(name);
        localizedText(g, text);
    }

    static void range(JsonGenerator g, DateRange range) throws IOException {
        date(g, Names.FROM, range.from());
        optionalDate(g, Names.UNTIL, range.until());
    }

    static void slot(JsonGenerator g, TimeSlot slot) throws IOException {
        text(g, Names.START, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(slot.start()));
        text(g, Names.END, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(slot.end()));
        text(g, Names.ZONE, slot.start().getZone().getId());
    }

    // ------------------------------------------------------------------ document

    public static void document(JsonGenerator g, Registry registry, boolean withPersonalData) throws IOException {
        g.writeStartObject();
        text(g, Names.FORMAT, FORMAT_NAME);
        number(g, Names.VERSION, VERSION_NUMBER);
        section(g, Names.ORGANISATIONS, registry.organisations(), OrganisationWriter::organisation);
        section(g, Names.PEOPLE, registry.people(), (gen, p) -> person(gen, p, withPersonalData));
        section(g, Names.LABELS, registry.labels(), ModelWriter::label);
        section(g, Names.MEMBERSHIPS, registry.memberships(), ModelWriter::membership);
        startArray(g, Names.EVENTS);
        List<Event> events = registry.events();
        for (int i = 0; i < events.size(); i++) {
            try {
                event(g, events.get(i));
            } catch (JsonFailure f) {
                throw new JsonFailure(PointerPath.ROOT.child(EVENTS).child(i).child(ELIGIBILITY), f.getMessage(), f);
            }
        }
        g.writeEndArray();
        section(g, Names.REGISTRATIONS, registry.registrations(), ModelWriter::registration);
        section(g, Names.FACTS, registry.facts(), ModelWriter::fact);
        g.writeEndObject();
    }

    static <T> void section(JsonGenerator g, SerializableString name, List<T> values, Writer<T> writer)
            throws IOException {
        startArray(g, name);
        for (T v : values) {
            writer.write(g, v);
        }
        g.writeEndArray();
    }

    // ------------------------------------------------------------------ entities

    public static void person(JsonGenerator g, Person person, boolean withPersonalData) throws IOException {
        g.writeStartObject();
        text(g, Names.ID, person.id().value());
        optional(g, Names.GIVEN_NAME, person.givenName());
        optional(g, Names.FAMILY_NAME, person.familyName());
        if (person.namePublication() != NamePublication.NOT_ASKED) {
            enumField(g, Names.NAME_PUBLICATION, person.namePublication());
        }
        if (withPersonalData) {
            optional(g, Names.EMAIL, person.email());
            optional(g, Names.PHONE, person.phone());
        }
        list(g, Names.ROLES, person.roles(), (gen, role) -> role(gen, role));
        g.writeEndObject();
    }

    static void role(JsonGenerator g, PersonRole role) throws IOException {
        g.writeStartObject();
        text(g, Names.ORGANISATION, role.organisation().value());
        text(g, Names.TITLE, role.title());
        range(g, role.period());
        if (role.declared()) {
            bool(g, Names.DECLARED, true);
        }
        if (role.kind().isPresent()) {
            enumField(g, Names.KIND, role.kind().get());
        }
        g.writeEndObject();
    }

    public static void label(JsonGenerator g, QualityLabel label) throws IOException {
        g.writeStartObject();
        text(g, Names.ID, label.id().value());
        text(g, Names.HOLDER, label.holder().value());
        text(g, Names.ISSUER, label.issuer().value());
        enumField(g, Names.LEVEL, label.level());
        date(g, Names.ASSESSED_ON, label.assessedOn());
        date(g, Names.VALID_UNTIL, label.validUntil());
        if (label.gold().isPresent()) {
            startObject(g, Names.GOLD);
            number(g, Names.SCORE_PERCENT, label.gold().get().scorePercent());
            number(g, Names.INDICATORS_ASSESSED, label.gold().get().indicatorsAssessed());
            number(g, Names.ASSESSORS, label.gold().get().assessors());
            g.writeEndObject();
        }
        optional(g, Names.RENEWS, label.renews());
        g.writeEndObject();
    }

    public static void membership(JsonGenerator g, Membership m) throws IOException {
        g.writeStartObject();
        text(g, Names.ID, m.id().value());
        text(g, Names.MEMBER, m.member().value());
        text(g, Names.GROUP, m.group().value());
        enumField(g, Names.ROLE, m.role());
        range(g, m.period());
        g.writeEndObject();
    }

    public static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        text(g, Names.ID, e.id().value());
        localizedField(g, Names.TITLE, e.title());
        enumField(g, Names.KIND, e.kind());
        if (e.schedule() instanceof EventSchedule.Timed t) {
            slot(g, t.slot());
        } else {
            date(g, Names.FIRST_DAY, e.schedule().firstDay());
            date(g, Names.LAST_DAY, e.schedule().lastDay());
        }
        if (e.venue().isPresent()) {
            startObject(g, Names.VENUE);
            optional(g, Names.NAME, e.venue().get().name());
            text(g, Names.CITY, e.venue().get().city());
            text(g, Names.COUNTRY, e.venue().get().country().value());
            list(g, Names.ROOMS, e.venue().get().rooms(), ModelWriter::room);
            g.writeEndObject();
        }
        strings(g, Names.ORGANISERS, e.organisers());
        optional(g, Names.PARENT, e.parent());
        if (e.capacity().isPresent()) {
            number(g, Names.CAPACITY, e.capacity().get());
        }
        if (e.eligibility().isPresent()) {
            g.writeFieldName(Names.ELIGIBILITY);
            rule(g, e.eligibility().get());
        }
        enumField(g, Names.STATUS, e.status());
        strings(g, Names.MATERIALS, e.materials());
        strings(g, Names.LANGUAGES, e.languages());
        list(g, Names.SESSIONS, e.sessions(), ModelWriter::session);
        RegistrationWindow window = e.registrationWindow();
        if (!window.equals(RegistrationWindow.UNTIL_START)) {
            startObject(g, Names.REGISTRATION_WINDOW);
            if (window.opens().isPresent()) {
                instant(g, Names.OPENS, window.opens().get());
            }
            if (window.closes().isPresent()) {
                instant(g, Names.CLOSES, window.closes().get());
            }
            g.writeEndObject();
        }
        enums(g, Names.AFFILIATION_WAIVED_FOR, e.affiliationWaivedFor());
        list(g, Names.STATED_FIGURES, e.statedFigures(), (gen, f) -> {
            gen.writeStartObject();
            enumField(gen, Names.FIGURE, f.figure());
            enumField(gen, Names.QUALIFIER, f.qualifier());
            number(gen, Names.VALUE, f.value());
            strings(gen, Names.ITEMS, f.items());
            text(gen, Names.SOURCE, f.source());
            gen.writeEndObject();
        });
        if (e.delivery().mode() != AttendanceMode.IN_PERSON) {
            delivery(g, e.delivery());
        }
        if (e.onlineCapacity().isPresent()) {
            number(g, Names.ONLINE_CAPACITY, e.onlineCapacity().get());
        }
        if (e.openRegistration()) {
            bool(g, Names.OPEN_REGISTRATION, true);
        }
        if (!e.admittedKinds().equals(AdmittedKinds.DEFAULT)) {
            startObject(g, Names.ADMITTED_KINDS);
            for (Map.Entry<EventRole, Set<RoleKind>> admitted : e.admittedKinds().byRole().entrySet()) {
                g.writeFieldName(EnumNames.of(admitted.getKey()));
                g.writeStartArray();
                for (RoleKind kind : admitted.getValue()) {
                    g.writeString(EnumNames.of(kind));
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void delivery(JsonGenerator g, Delivery delivery) throws IOException {
        enumField(g, Names.ATTENDANCE_MODE, delivery.mode());
        optional(g, Names.ONLINE_LINK, delivery.onlineLink());
    }

    public static void session(JsonGenerator g, Session s) throws IOException {
        g.writeStartObject();
        text(g, Names.ID, s.id().value());
        number(g, Names.ORDER, s.order());
        localizedField(g, Names.TITLE, s.title());
        enumField(g, Names.FORMAT, s.format());
        if (s.slot().isPresent()) {
            slot(g, s.slot().get());
        }
        optional(g, Names.ROOM, s.room());
        if (s.mayOverlap()) {
            bool(g, Names.MAY_OVERLAP, true);
        }
        optional(g, Names.TRACK, s.track());
        if (s.summary().isPresent()) {
            localizedField(g, Names.ABSTRACT, s.summary().get());
        }
        optional(g, Names.LANGUAGE, s.language());
        optional(g, Names.GUID, s.guid());
        strings(g, Names.CHAIRS, s.chairs());
        list(g, Names.CONTRIBUTIONS, s.contributions(), ModelWriter::contribution);
        list(g, Names.TOPICS, s.topics(), ModelWriter::topic);
        list(g, Names.FEEDBACK, s.feedback(), ModelWriter::feedback);
        if (s.delivery().isPresent()) {
            delivery(g, s.delivery().get());
        }
        g.writeEndObject();
    }

    static void room(JsonGenerator g, Room r) throws IOException {
        g.writeStartObject();
        text(g, Names.NAME, r.name());
        if (r.capacity().isPresent()) {
            number(g, Names.CAPACITY, r.capacity().getAsInt());
        }
        g.writeEndObject();
    }

    static void contribution(JsonGenerator g, Contribution c) throws IOException {
        g.writeStartObject();
        text(g, Names.SPEAKER, c.speaker().value());
        localizedField(g, Names.TITLE, c.title());
        strings(g, Names.MATERIALS, c.materials());
        g.writeEndObject();
    }

    static void topic(JsonGenerator g, ProposedTopic t) throws IOException {
        g.writeStartObject();
        localizedField(g, Names.TITLE, t.title());
        optional(g, Names.PROPOSER, t.proposer());
        if (t.level().isPresent()) {
            enumField(g, Names.LEVEL, t.level().get());
        }
        if (t.interest().isPresent()) {
            number(g, Names.INTEREST, t.interest().get());
        }
        if (t.amongMostPopular()) {
            bool(g, Names.AMONG_MOST_POPULAR, true);
        }
        g.writeEndObject();
    }

    static void feedback(JsonGenerator g, Feedback f) throws IOException {
        g.writeStartObject();
        optional(g, Names.AUTHOR, f.author());
        localizedField(g, Names.TEXT, f.text());
        g.writeEndObject();
    }

    /** Writes a rule that is a policy; refuses a rule written in code. */
    public static void rule(JsonGenerator g, EligibilityRule rule) throws IOException {
        EligibilityPolicy policy = rule.asPolicy().orElseThrow(() -> new JsonFailure(PointerPath.ROOT,
                "a custom eligibility rule (\"" + PointerText.abbreviate(rule.describe())
                        + "\") holds Java code and cannot be written to JSON", null));
        policy(g, policy);
    }

    public static void policy(JsonGenerator g, EligibilityPolicy policy) throws IOException {
        try {
            policy.accept(new PolicyWriter(g));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public static void registration(JsonGenerator g, Registration reg) throws IOException {
        registration(g, reg, true);
    }

    /** Writes a registration, with its arrival time only when asked (public output leaves it out). */
    public static void registration(JsonGenerator g, Registration reg, boolean withArrivalTime) throws IOException {
        g.writeStartObject();
        text(g, Names.ID, reg.id().value());
        text(g, Names.EVENT, reg.event().value());
        text(g, Names.PERSON, reg.person().value());
        text(g, Names.ORGANISATION, reg.organisation().value());
        enumField(g, Names.ROLE, reg.role());
        enumField(g, Names.STATE, reg.state());
        if (withArrivalTime && reg.registeredAt().isPresent()) {
            instant(g, Names.REGISTERED_AT, reg.registeredAt().get());
        }
        if (reg.attends() != AttendanceMode.IN_PERSON) {
            enumField(g, Names.ATTENDS, reg.attends());
        }
        g.writeEndObject();
    }

    public static void fact(JsonGenerator g, StatedCount f) throws IOException {
        g.writeStartObject();
        text(g, Names.ID, f.id().value());
        text(g, Names.SUBJECT, f.subject());
        enumField(g, Names.QUALIFIER, f.qualifier());
        number(g, Names.VALUE, f.value());
        date(g, Names.AS_OF, f.asOf());
        enumField(g, Names.PRECISION, f.precision());
        text(g, Names.SOURCE, f.source());
        g.writeEndObject();
    }
}
