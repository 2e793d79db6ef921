package org.clustermeet.store;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.person.PersonRole;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.HistoryEntry;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Everything a store holds about one person, as one JSON document, for the person who asks what
 * is held about them (GDPR Article 15): their record (names, e-mail address, phone, consent to
 * publish the name, roles), their registrations with times and states, their invitations, the
 * mails written to them, the consents they gave or withdrew (for which record, when, how, recorded
 * by whom, those of duplicate records merged into them included), and
 * every history row that names them or their registrations. Other
 * people appear only by id. The format is {@code clustermeet-personal-data}, version 1.
 */
public final class PersonalRecord {

    /** The document's {@code format}. */
    public static final String FORMAT = "clustermeet-personal-data";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private PersonalRecord() {
    }

    /**
     * Writes what a store holds about a person.
     *
     * @param store  the store, not null
     * @param person the person's id, not null
     * @param at     when the document is made, written in it; not null
     * @param out    where the UTF-8 JSON goes, not null; not closed
     * @throws IllegalArgumentException if the store holds nothing about the person (no record,
     *                                  no registration, no invitation, no mail, no history)
     * @throws IOException              if writing fails
     */
    public static void write(RegistryStore store, PersonId person, Instant at, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        MAPPER.writeValue(out, of(store, person, at));
    }

    /**
     * Returns what a store holds about a person, as JSON text.
     *
     * @param store  the store, not null
     * @param person the person's id, not null
     * @param at     when the document is made; not null
     * @return the document, indented
     * @throws IllegalArgumentException if the store holds nothing about the person
     */
    public static String json(RegistryStore store, PersonId person, Instant at) {
        try {
            return MAPPER.writeValueAsString(of(store, person, at));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("writing JSON to memory failed", e);
        }
    }

    private static ObjectNode of(RegistryStore store, PersonId person, Instant at) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(at, "at");
        Registry registry = store.registry();
        Optional<Person> record = registry.person(person);
        List<Registration> registrations = registry.registrations().stream()
                .filter(r -> r.person().equals(person)).toList();
        List<Invitation> invitations = store.invitations().of(person);
        List<Outbox.Entry> mails = store.outbox().of(person);
        List<HistoryEntry> history = store.history(person);
        if (record.isEmpty() && registrations.isEmpty() && invitations.isEmpty() && mails.isEmpty()
                && history.isEmpty()) {
            throw new IllegalArgumentException("the store holds nothing about person " + person);
        }
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("format", FORMAT);
        doc.put("version", 1);
        doc.put("madeAt", at.toString());
        doc.put("person", person.value());
        record.ifPresent(p -> doc.set("record", record(p)));
        ArrayNode regs = doc.putArray("registrations");
        for (Registration r : registrations) {
            ObjectNode o = regs.addObject();
            o.put("id", r.id().value());
            o.put("event", r.event().value());
            o.put("organisation", r.organisation().value());
            o.put("role", spelling(r.role().name()));
            o.put("attends", spelling(r.attends().name()));
            o.put("state", spelling(r.state().name()));
            r.registeredAt().ifPresent(t -> o.put("registeredAt", t.toString()));
        }
        ArrayNode inv = doc.putArray("invitations");
        for (Invitation i : invitations) {
            ObjectNode o = inv.addObject();
            o.put("event", i.event().value());
            o.put("language", i.language().getLanguage());
            o.put("issuedAt", i.issuedAt().toString());
            o.put("issuedBy", i.issuedBy().name());
            i.revokedAt().ifPresent(t -> o.put("revokedAt", t.toString()));
            i.revokedBy().ifPresent(a -> o.put("revokedBy", a.name()));
        }
        ArrayNode mail = doc.putArray("mails");
        for (Outbox.Entry e : mails) {
            ObjectNode o = mail.addObject();
            o.put("id", e.notice().id());
            o.put("about", spelling(e.notice().kind().name()));
            o.put("event", e.notice().event().value());
            e.notice().registration().ifPresent(r -> o.put("registration", r.value()));
            o.put("writtenAt", e.notice().createdAt().toString());
            o.put("status", spelling(e.status().name()));
            e.sentAt().ifPresent(t -> o.put("sentAt", t.toString()));
        }
        ArrayNode consents = doc.putArray("consents");
        for (ConsentRecord c : store.people().consents(person)) {
            ObjectNode o = consents.addObject();
            o.put("person", c.person().value());
            o.put("to", c.kind().spelling());
            o.put("given", c.given());
            o.put("at", c.at().toString());
            o.put("how", c.how());
            c.by().ifPresent(a -> o.put("by", a.name()));
        }
        ArrayNode rows = doc.putArray("history");
        for (HistoryEntry h : history) {
            ObjectNode o = rows.addObject();
            o.put("change", h.sequence());
            o.put("at", h.at().toString());
            h.actor().ifPresent(a -> o.put("by", a.name()));
            o.put("what", h.happening().describe());
        }
        return doc;
    }

    private static ObjectNode record(Person p) {
        ObjectNode o = MAPPER.createObjectNode();
        p.givenName().ifPresent(g -> o.put("givenName", g));
        p.familyName().ifPresent(f -> o.put("familyName", f));
        p.email().ifPresent(e -> o.put("email", e.value()));
        p.phone().ifPresent(ph -> o.put("phone", ph.value()));
        o.put("namePublication", spelling(p.namePublication().name()));
        ArrayNode roles = o.putArray("roles");
        for (PersonRole r : p.roles()) {
            ObjectNode role = roles.addObject();
            role.put("organisation", r.organisation().value());
            role.put("title", r.title());
            role.put("from", r.period().from().toString());
            r.period().until().ifPresent(u -> role.put("until", u.toString()));
            if (r.declared()) {
                role.put("declared", true);
            }
            r.kind().ifPresent(k -> role.put("kind", spelling(k.name())));
        }
        return o;
    }

    private static String spelling(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
