package org.clustermeet.interop.schemaorg;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.EventSchedule;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.event.TimeSlot;
import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.participation.AttendanceMode;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.query.LabelQueries;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * An event as schema.org JSON-LD, which search engines and linked-data tools read: the event with
 * its sessions as {@code subEvent}s, its {@code location} (a {@code Place}, a
 * {@code VirtualLocation} online, both when hybrid), {@code eventAttendanceMode},
 * {@code eventStatus} and {@code organizer}; and the organisations that organise it or are
 * represented at it, each with the quality labels in force on the event's first day as
 * {@code hasCertification} ({@code Certification}: level, issuer, validity). Every term is one of
 * the schema.org context's. People appear only as speakers who said yes to publishing their name,
 * and by name only. Nodes are named {@code urn:clustermeet:KIND:ID}. A pure function of the
 * registry. Immutable and thread-safe.
 */
public final class SchemaOrgExport {

    /** The context the document names; its terms are schema.org's. */
    public static final String CONTEXT = "https://schema.org";

    private static final JsonFactory JSON = new JsonFactory();

    private final Registry registry;
    private final Event event;

    private SchemaOrgExport(Registry registry, Event event) {
        this.registry = registry;
        this.event = event;
    }

    /**
     * Returns the export of an event.
     *
     * @param registry the registry, not null
     * @param event    the event's id, not null
     * @return the export
     * @throws IllegalArgumentException if the registry has no such event
     */
    public static SchemaOrgExport of(Registry registry, EventId event) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(event, "event");
        return new SchemaOrgExport(registry, registry.event(event).orElseThrow(() ->
                new IllegalArgumentException("no event with id " + event + " in the registry")));
    }

    /**
     * Writes the document as UTF-8 JSON, indented.
     *
     * @param out where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            document(g);
        }
        out.write('\n');
        out.flush();
    }

    /**
     * Returns the document as compact JSON text, to embed in a page (the embedding must still
     * escape it for its place: see {@link #forScriptElement()}).
     *
     * @return the document
     */
    public String toJson() {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator((Writer) text)) {
            document(g);
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return text.toString();
    }

    /**
     * Returns the document for a {@code <script type="application/ld+json">} element: the same
     * JSON with {@code <}, {@code >} and {@code &} written as Unicode escapes, so that no text in
     * it ({@code </script>} in a name) can end the element or open another.
     *
     * @return the escaped document
     */
    public String forScriptElement() {
        String json = toJson();
        StringBuilder b = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private void document(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("@context", CONTEXT);
        g.writeArrayFieldStart("@graph");
        event(g);
        for (Organisation o : organisations()) {
            organisation(g, o);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void event(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("@type", "Event");
        g.writeStringField("@id", id("event", event.id().value()));
        g.writeStringField("name", event.title().english());
        schedule(g, event.schedule());
        g.writeObjectFieldStart("eventStatus");
        g.writeStringField("@id", "schema:" + switch (event.status()) {
            case PLANNED -> "EventScheduled";
            case HELD -> "EventScheduled";
            case CANCELLED -> "EventCancelled";
            case POSTPONED -> "EventPostponed";
        });
        g.writeEndObject();
        g.writeObjectFieldStart("eventAttendanceMode");
        g.writeStringField("@id", "schema:" + switch (event.delivery().mode()) {
            case IN_PERSON -> "OfflineEventAttendanceMode";
            case ONLINE -> "OnlineEventAttendanceMode";
            case HYBRID -> "MixedEventAttendanceMode";
        });
        g.writeEndObject();
        g.writeArrayFieldStart("location");
        if (event.venue().isPresent() && event.delivery().mode() != AttendanceMode.ONLINE) {
            var venue = event.venue().get();
            g.writeStartObject();
            g.writeStringField("@type", "Place");
            g.writeStringField("name", venue.name().orElse(venue.city()));
            g.writeObjectFieldStart("address");
            g.writeStringField("@type", "PostalAddress");
            g.writeStringField("addressLocality", venue.city());
            g.writeStringField("addressCountry", venue.country().value());
            g.writeEndObject();
            g.writeEndObject();
        }
        if (event.delivery().onlineLink().isPresent()) {
            g.writeStartObject();
            g.writeStringField("@type", "VirtualLocation");
            g.writeStringField("url", event.delivery().onlineLink().get().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!event.languages().isEmpty()) {
            g.writeStringField("inLanguage", event.languages().get(0));
        }
        if (event.capacity().isPresent()) {
            g.writeNumberField("maximumAttendeeCapacity", event.capacity().get());
        }
        g.writeArrayFieldStart("organizer");
        for (OrganisationId o : event.organisers()) {
            g.writeStartObject();
            g.writeStringField("@id", id("organisation", o.value()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("subEvent");
        for (Session s : event.sessions()) {
            session(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void session(JsonGenerator g, Session s) throws IOException {
        g.writeStartObject();
        g.writeStringField("@type", "Event");
        g.writeStringField("@id", id("session", event.id().value() + "/" + s.id().value()));
        g.writeStringField("name", s.title().english());
        if (s.slot().isPresent()) {
            TimeSlot slot = s.slot().get();
            g.writeStringField("startDate", slot.start().format(ISO_OFFSET_DATE_TIME));
            g.writeStringField("endDate", slot.end().format(ISO_OFFSET_DATE_TIME));
        }
        g.writeArrayFieldStart("performer");
        for (PersonId id : s.speakers()) {
            Person p = registry.person(id).orElse(null);
            // a name is published only with its owner's yes; nothing else of a person ever
            if (p != null && p.mayPublishName()) {
                g.writeStartObject();
                g.writeStringField("@type", "Person");
                g.writeStringField("name", p.fullName());
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void schedule(JsonGenerator g, EventSchedule schedule) throws IOException {
        if (schedule instanceof EventSchedule.Timed timed) {
            g.writeStringField("startDate", timed.slot().start().format(ISO_OFFSET_DATE_TIME));
            g.writeStringField("endDate", timed.slot().end().format(ISO_OFFSET_DATE_TIME));
        } else {
            g.writeStringField("startDate", schedule.firstDay().toString());
            g.writeStringField("endDate", schedule.lastDay().toString());
        }
    }

    /** The organisers, the organisations represented by a registration holding a place, and their labels' issuers. */
    private List<Organisation> organisations() {
        Set<OrganisationId> ids = new LinkedHashSet<>(event.organisers());
        registry.registrationsFor(event.id()).stream().filter(Registration::holdsPlace)
                .map(Registration::organisation).sorted().forEach(ids::add);
        LabelQueries labels = LabelQueries.of(registry);
        new LinkedHashSet<>(ids).forEach(id -> labels.labelInForce(id, event.schedule().firstDay())
                .ifPresent(l -> ids.add(l.issuer())));
        return ids.stream().map(registry::organisation).flatMap(java.util.Optional::stream).toList();
    }

    private void organisation(JsonGenerator g, Organisation o) throws IOException {
        g.writeStartObject();
        g.writeStringField("@type", "Organization");
        g.writeStringField("@id", id("organisation", o.id().value()));
        g.writeStringField("name", o.displayNameOn(event.schedule().firstDay()).english());
        if (o.homeCountry().isPresent()) {
            g.writeObjectFieldStart("address");
            g.writeStringField("@type", "PostalAddress");
            g.writeStringField("addressCountry", o.homeCountry().get().value());
            g.writeEndObject();
        }
        if (o.website().isPresent()) {
            g.writeStringField("url", o.website().get().toString());
        }
        var label = LabelQueries.of(registry).labelInForce(o.id(), event.schedule().firstDay());
        if (label.isPresent()) {
            QualityLabel l = label.get();
            g.writeArrayFieldStart("hasCertification");
            g.writeStartObject();
            g.writeStringField("@type", "Certification");
            g.writeStringField("@id", id("label", l.id().value()));
            g.writeStringField("name", "European Cluster Excellence label, "
                    + l.level().name().toLowerCase(Locale.ROOT));
            g.writeObjectFieldStart("issuedBy");
            g.writeStringField("@id", id("organisation", l.issuer().value()));
            g.writeEndObject();
            g.writeStringField("validFrom", l.validFrom().toString());
            g.writeStringField("validUntil", l.validUntil().toString());
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static String id(String kind, String value) {
        return "urn:clustermeet:" + kind + ":" + value;
    }
}
