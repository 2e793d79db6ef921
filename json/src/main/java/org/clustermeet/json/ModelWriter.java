package org.clustermeet.json;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.Contribution;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Feedback;
import org.clustermeet.core.event.ProposedTopic;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.Alliance;
import org.clustermeet.core.organisation.ClusterAssociation;
import org.clustermeet.core.organisation.ClusterOrganisation;
import org.clustermeet.core.organisation.Founding;
import org.clustermeet.core.organisation.LabellingBody;
import org.clustermeet.core.organisation.NameHistory;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.organisation.PublicAuthority;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.value.DateRange;
import org.clustermeet.core.value.LocalizedText;

/**
 * Writes every core type straight to a Jackson generator, in the canonical form: fixed property
 * order, optional values and empty lists omitted. No intermediate tree is built.
 */
final class ModelWriter {

    private ModelWriter() {
    }

    /** Writes one value; may throw {@link JsonFailure} for what JSON cannot express. */
    @FunctionalInterface
    interface Writer<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    // ------------------------------------------------------------------ helpers

    private static void text(JsonGenerator g, String name, String value) throws IOException {
        g.writeStringField(name, value);
    }

    private static void optional(JsonGenerator g, String name, Optional<?> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get().toString());
        }
    }

    private static void enumField(JsonGenerator g, String name, Enum<?> value) throws IOException {
        g.writeStringField(name, ObjectReader.jsonName(value));
    }

    private static <T> void list(JsonGenerator g, String name, Collection<T> values, Writer<T> writer) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(name);
            for (T v : values) {
                writer.write(g, v);
            }
            g.writeEndArray();
        }
    }

    private static void strings(JsonGenerator g, String name, Collection<?> values) throws IOException {
        list(g, name, values, (gen, v) -> gen.writeString(v.toString()));
    }

    private static void enums(JsonGenerator g, String name, Collection<? extends Enum<?>> values) throws IOException {
        list(g, name, values, (gen, v) -> gen.writeString(ObjectReader.jsonName(v)));
    }

    static void localizedText(JsonGenerator g, LocalizedText text) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, String> e : text.texts().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void localizedField(JsonGenerator g, String name, LocalizedText text) throws IOException {
        g.writeFieldName(name);
        localizedText(g, text);
    }

    private static void range(JsonGenerator g, DateRange range) throws IOException {
        text(g, "from", range.from().toString());
        optional(g, "until", range.until());
    }

    private static void slot(JsonGenerator g, TimeSlot slot) throws IOException {
        text(g, "start", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(slot.start()));
        text(g, "end", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(slot.end()));
        text(g, "zone", slot.start().getZone().getId());
    }

    // ------------------------------------------------------------------ document

    static void document(JsonGenerator g, Registry registry, boolean withPersonalData) throws IOException {
        g.writeStartObject();
        text(g, "format", DocumentCodec.FORMAT);
        g.writeNumberField("version", DocumentCodec.VERSION);
        section(g, "organisations", registry.organisations(), ModelWriter::organisation);
        section(g, "people", registry.people(), (gen, p) -> person(gen, p, withPersonalData));
        section(g, "labels", registry.labels(), ModelWriter::label);
        section(g, "memberships", registry.memberships(), ModelWriter::membership);
        g.writeArrayFieldStart("events");
        List<Event> events = registry.events();
        for (int i = 0; i < events.size(); i++) {
            try {
                event(g, events.get(i));
            } catch (JsonFailure f) {
                throw new JsonFailure(Ptr.ROOT.child("events").child(i).child("eligibility"), f.getMessage(), f);
            }
        }
        g.writeEndArray();
        section(g, "registrations", registry.registrations(), ModelWriter::registration);
        section(g, "facts", registry.facts(), ModelWriter::fact);
        g.writeEndObject();
    }

    private static <T> void section(JsonGenerator g, String name, List<T> values, Writer<T> writer) throws IOException {
        g.writeArrayFieldStart(name);
        for (T v : values) {
            writer.write(g, v);
        }
        g.writeEndArray();
    }

    // ------------------------------------------------------------------ entities

    static void organisation(JsonGenerator g, Organisation organisation) throws IOException {
        g.writeStartObject();
        text(g, "id", organisation.id().value());
        text(g, "type", ModelCodec.typeName(organisation.kind()));
        NameHistory names = organisation.names();
        localizedField(g, "name", names.original());
        list(g, "renamings", names.renamings(), (gen, ren) -> {
            gen.writeStartObject();
            text(gen, "on", ren.on().toString());
            localizedField(gen, "name", ren.name());
            gen.writeEndObject();
        });
        strings(g, "aliases", organisation.aliases());
        if (organisation instanceof ClusterOrganisation c) {
            optional(g, "acronym", c.acronym());
            text(g, "country", c.country().value());
            optional(g, "region", c.region());
            enums(g, "ecosystems", c.ecosystems());
            optional(g, "founded", c.founded());
            g.writeNumberField("totalMembers", c.totalMembers());
            g.writeNumberField("smeMembers", c.smeMembers());
            optional(g, "nace", c.nace());
            g.writeBooleanField("listedOnEccp", c.listedOnEccp());
        } else if (organisation instanceof ClusterAssociation a) {
            text(g, "country", a.country().value());
            founding(g, a.founding());
        } else if (organisation instanceof Alliance a) {
            founding(g, a.founding());
        } else if (organisation instanceof PublicAuthority p) {
            optional(g, "country", p.country());
        } else if (organisation instanceof LabellingBody l) {
            optional(g, "country", l.country());
        }
        optional(g, "website", organisation.website());
        g.writeEndObject();
    }

    private static void founding(JsonGenerator g, Optional<Founding> founding) throws IOException {
        if (founding.isPresent()) {
            g.writeObjectFieldStart("founding");
            text(g, "date", founding.get().date().toString());
            optional(g, "event", founding.get().atEvent());
            g.writeEndObject();
        }
    }

    static void person(JsonGenerator g, Person person, boolean withPersonalData) throws IOException {
        g.writeStartObject();
        text(g, "id", person.id().value());
        text(g, "givenName", person.givenName());
        text(g, "familyName", person.familyName());
        if (withPersonalData) {
            optional(g, "email", person.email());
            optional(g, "phone", person.phone());
        }
        list(g, "roles", person.roles(), (gen, role) -> role(gen, role));
        g.writeEndObject();
    }

    private static void role(JsonGenerator g, PersonRole role) throws IOException {
        g.writeStartObject();
        text(g, "organisation", role.organisation().value());
        text(g, "title", role.title());
        range(g, role.period());
        g.writeEndObject();
    }

    static void label(JsonGenerator g, QualityLabel label) throws IOException {
        g.writeStartObject();
        text(g, "id", label.id().value());
        text(g, "holder", label.holder().value());
        text(g, "issuer", label.issuer().value());
        enumField(g, "level", label.level());
        text(g, "assessedOn", label.assessedOn().toString());
        text(g, "validUntil", label.validUntil().toString());
        if (label.gold().isPresent()) {
            g.writeObjectFieldStart("gold");
            g.writeNumberField("scorePercent", label.gold().get().scorePercent());
            g.writeNumberField("indicatorsAssessed", label.gold().get().indicatorsAssessed());
            g.writeNumberField("assessors", label.gold().get().assessors());
            g.writeEndObject();
        }
        optional(g, "renews", label.renews());
        g.writeEndObject();
    }

    static void membership(JsonGenerator g, Membership m) throws IOException {
        g.writeStartObject();
        text(g, "id", m.id().value());
        text(g, "member", m.member().value());
        text(g, "group", m.group().value());
        enumField(g, "role", m.role());
        range(g, m.period());
        g.writeEndObject();
    }

    static void event(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        text(g, "id", e.id().value());
        localizedField(g, "title", e.title());
        enumField(g, "kind", e.kind());
        if (e.schedule() instanceof EventSchedule.Timed t) {
            slot(g, t.slot());
        } else {
            text(g, "firstDay", e.schedule().firstDay().toString());
            text(g, "lastDay", e.schedule().lastDay().toString());
        }
        if (e.venue().isPresent()) {
            g.writeObjectFieldStart("venue");
            optional(g, "name", e.venue().get().name());
            text(g, "city", e.venue().get().city());
            text(g, "country", e.venue().get().country().value());
            g.writeEndObject();
        }
        strings(g, "organisers", e.organisers());
        optional(g, "parent", e.parent());
        if (e.capacity().isPresent()) {
            g.writeNumberField("capacity", e.capacity().get());
        }
        if (e.eligibility().isPresent()) {
            g.writeFieldName("eligibility");
            policy(g, e.eligibility().get());
        }
        enumField(g, "status", e.status());
        strings(g, "materials", e.materials());
        strings(g, "languages", e.languages());
        list(g, "sessions", e.sessions(), ModelWriter::session);
        g.writeEndObject();
    }

    static void session(JsonGenerator g, Session s) throws IOException {
        g.writeStartObject();
        text(g, "id", s.id().value());
        g.writeNumberField("order", s.order());
        localizedField(g, "title", s.title());
        enumField(g, "format", s.format());
        if (s.slot().isPresent()) {
            slot(g, s.slot().get());
        }
        strings(g, "chairs", s.chairs());
        list(g, "contributions", s.contributions(), ModelWriter::contribution);
        list(g, "topics", s.topics(), ModelWriter::topic);
        list(g, "feedback", s.feedback(), ModelWriter::feedback);
        g.writeEndObject();
    }

    private static void contribution(JsonGenerator g, Contribution c) throws IOException {
        g.writeStartObject();
        text(g, "speaker", c.speaker().value());
        localizedField(g, "title", c.title());
        strings(g, "materials", c.materials());
        g.writeEndObject();
    }

    private static void topic(JsonGenerator g, ProposedTopic t) throws IOException {
        g.writeStartObject();
        localizedField(g, "title", t.title());
        optional(g, "proposer", t.proposer());
        if (t.level().isPresent()) {
            enumField(g, "level", t.level().get());
        }
        if (t.interest().isPresent()) {
            g.writeNumberField("interest", t.interest().get());
        }
        g.writeEndObject();
    }

    private static void feedback(JsonGenerator g, Feedback f) throws IOException {
        g.writeStartObject();
        optional(g, "author", f.author());
        localizedField(g, "text", f.text());
        g.writeEndObject();
    }

    static void policy(JsonGenerator g, EligibilityPolicy policy) throws IOException {
        if (policy instanceof EligibilityPolicy.Custom) {
            throw new JsonFailure(Ptr.ROOT, "a custom eligibility policy (\"" + Pointers.abbreviate(policy.describe())
                    + "\") holds Java code and cannot be written to JSON", null);
        }
        g.writeStartObject();
        if (policy instanceof EligibilityPolicy.AllOf all) {
            text(g, "type", "all-of");
            list(g, "policies", all.policies(), ModelWriter::policy);
        } else if (policy instanceof EligibilityPolicy.AnyOf any) {
            text(g, "type", "any-of");
            list(g, "policies", any.policies(), ModelWriter::policy);
        } else if (policy instanceof EligibilityPolicy.Not not) {
            text(g, "type", "not");
            g.writeFieldName("policy");
            policy(g, not.policy());
        } else if (policy instanceof EligibilityPolicy.HoldsLabel holds) {
            text(g, "type", "holds-label");
            enumField(g, "minimum", holds.minimum());
        } else if (policy instanceof EligibilityPolicy.RepresentsKind kinds) {
            text(g, "type", "represents-kind");
            enums(g, "kinds", kinds.kinds());
        } else if (policy instanceof EligibilityPolicy.MemberOf member) {
            text(g, "type", "member-of");
            text(g, "group", member.group().value());
        } else if (policy instanceof EligibilityPolicy.HasEventRole roles) {
            text(g, "type", "has-event-role");
            enums(g, "roles", roles.roles());
        }
        g.writeEndObject();
    }

    static void registration(JsonGenerator g, Registration reg) throws IOException {
        g.writeStartObject();
        text(g, "id", reg.id().value());
        text(g, "event", reg.event().value());
        text(g, "person", reg.person().value());
        text(g, "organisation", reg.organisation().value());
        enumField(g, "role", reg.role());
        enumField(g, "state", reg.state());
        text(g, "registeredAt", reg.registeredAt().toString());
        g.writeEndObject();
    }

    static void fact(JsonGenerator g, StatedCount f) throws IOException {
        g.writeStartObject();
        text(g, "id", f.id().value());
        text(g, "subject", f.subject());
        enumField(g, "qualifier", f.qualifier());
        g.writeNumberField("value", f.value());
        text(g, "asOf", f.asOf().toString());
        enumField(g, "precision", f.precision());
        text(g, "source", f.source());
        g.writeEndObject();
    }
}
