package org.clustermeet.json.read;

import static org.clustermeet.json.internal.DocumentNames.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.clustermeet.core.eligibility.EligibilityPolicy;
import org.clustermeet.core.event.Event;
import org.clustermeet.core.event.Session;
import org.clustermeet.core.fact.StatedCount;
import org.clustermeet.core.label.QualityLabel;
import org.clustermeet.core.membership.Membership;
import org.clustermeet.core.organisation.Organisation;
import org.clustermeet.core.person.Person;
import org.clustermeet.core.registration.Registration;
import org.clustermeet.core.registry.IntegrityProblem;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.EntityKind;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.registry.RegistryIntegrityException;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.json.internal.IntegrityFailure;
import org.clustermeet.json.internal.JsonFailure;
import org.clustermeet.json.internal.PointerPath;
import org.clustermeet.json.internal.PointerText;

/**
 * The one reader of clustermeet JSON: it streams from Jackson's parser and binds each value
 * straight into the core records, reporting every problem itself with the JSON Pointer of the
 * offending value. A document is {@code {"format": "clustermeet-registry", "version": 1, ...}}
 * with one array per entity kind; entities go to the registry's builder as they are read, and
 * integrity problems (dangling references, duplicate ids) are reported together at the end, each
 * pointing at its entity. One reader serves one parser and is not thread-safe.
 */
public final class DocumentReader {

    /** Opens a second parser on the same document, for the header check of an unusual document. */
    @FunctionalInterface
    public interface Rescan {
        /**
         * Opens a parser at the document's start.
         *
         * @return the parser, which the caller closes
         * @throws IOException if it cannot be opened
         */
        JsonParser open() throws IOException;
    }

    private final JsonParser parser;
    private final Rescan rescan;
    private final TokenReader in;
    private final EntityReader entities;
    private final OrganisationReader organisations;
    private final EventReader events;

    private DocumentReader(JsonParser parser, Rescan rescan) {
        this.parser = parser;
        this.rescan = rescan;
        this.in = new TokenReader(parser);
        this.entities = new EntityReader(in);
        this.organisations = new OrganisationReader(in, entities);
        this.events = new EventReader(in, entities);
    }

    /**
     * Returns a reader of the values a parser delivers.
     *
     * @param parser the parser, not null
     * @return the reader
     */
    public static DocumentReader on(JsonParser parser) {
        return new DocumentReader(parser, null);
    }

    /**
     * Returns a reader of a whole document that can read it a second time: a document whose first
     * property is not {@code format} has its format and version checked first, so that a file
     * that is not a registry document says so rather than failing somewhere inside.
     *
     * @param parser the parser, not null
     * @param rescan opens a second parser on the same document, not null
     * @return the reader
     */
    public static DocumentReader on(JsonParser parser, Rescan rescan) {
        return new DocumentReader(parser, rescan);
    }

    /**
     * Reads a whole document from the parser's next token to its end, refusing anything after it.
     * When a value is wrong, the rest of the document is still read first, so that malformed JSON,
     * a limit exceeded or content after the end anywhere in it is what gets reported, as by a
     * parser reading the whole document.
     *
     * @return the registry
     * @throws IOException       if the JSON is malformed (a {@code JsonProcessingException}) or cannot be read
     * @throws JsonFailure       if a value is wrong, with its pointer
     * @throws IntegrityFailure  if the entities break the registry's rules
     */
    public Registry document() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new JsonFailure(PointerPath.ROOT, "the document is empty", null);
        }
        Registry registry;
        try {
            registry = document(first);
        } catch (JsonFailure | IntegrityFailure f) {
            drain();
            throw f;
        }
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw trailing(after);
        }
        return registry;
    }

    /**
     * Reads what is left of a document after a problem was found in it, so that malformed JSON, a
     * limit exceeded or content after the end anywhere in the document is reported first, as a
     * parser reading the whole document would.
     */
    /** Content after the end of the document, reported in the parser's own words. */
    private JsonParseException trailing(JsonToken t) {
        return new JsonParseException(parser, "Trailing token (of type " + t + ") found after value");
    }

    private void drain() throws IOException {
        JsonToken current = parser.currentToken();
        boolean ended = current != null && parser.getParsingContext().inRoot()
                && (current.isStructEnd() || current.isScalarValue());
        JsonToken t;
        while ((t = parser.nextToken()) != null) {
            if (ended) {
                throw trailing(t);
            }
            if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                parser.getText(); // decodes the text, so that the length limits apply
            }
            ended = parser.getParsingContext().inRoot();
        }
    }

    /**
     * Reads a document that starts with the given token, up to its end.
     *
     * @param first the document's first token, or null for the parser's current token
     * @return the registry
     * @throws IOException if the JSON is malformed or cannot be read
     */
    public Registry document(JsonToken first) throws IOException {
        PointerPath root = PointerPath.ROOT;
        if (first == null) {
            first = parser.currentToken();
        }
        in.startObject(first, root);
        RegistryBuilder builder = Registry.builder();
        Map<String, List<Object>> ids = new HashMap<>();
        boolean format = false;
        boolean version = false;
        String unknown = null;
        String name = in.nextField();
        if (!FORMAT.equals(name) && rescan != null) {
            try (JsonParser again = rescan.open()) {
                header(again);
            }
        }
        for (; name != null; name = in.nextField()) {
            switch (name) {
                case FORMAT -> {
                    format(root);
                    format = true;
                }
                case VERSION -> {
                    version(root);
                    version = true;
                }
                case ORGANISATIONS -> each(name, organisations::organisation, builder::add, Organisation::id, ids);
                case PEOPLE -> each(name, entities::person, builder::add, Person::id, ids);
                case LABELS -> each(name, entities::label, builder::add, QualityLabel::id, ids);
                case MEMBERSHIPS -> each(name, entities::membership, builder::add, Membership::id, ids);
                case EVENTS -> each(name, events::event, builder::add, Event::id, ids);
                case REGISTRATIONS -> each(name, entities::registration, builder::add, Registration::id, ids);
                case FACTS -> each(name, entities::fact, builder::add, StatedCount::id, ids);
                default -> unknown = entities.skip(unknown, name);
            }
        }
        requireHeader(format, version);
        TokenReader.noUnknown(root, unknown);
        try {
            return builder.build();
        } catch (RegistryIntegrityException e) {
            throw located(e, ids);
        }
    }

    /**
     * Reads a part of a document, up to its end: the same sections as a document (organisations,
     * people, labels, memberships, events, facts) as entities to put into a registry that holds the
     * rest; {@code format} and {@code version} may be left out. Registrations are refused: they
     * are made through the registration workflow.
     *
     * @return the puts, section by section in document order
     * @throws IOException      if the JSON is malformed or cannot be read
     * @throws JsonFailure      if a value is wrong, with its pointer
     */
    public ChangeSet part() throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new JsonFailure(PointerPath.ROOT, "the document is empty", null);
        }
        PointerPath root = PointerPath.ROOT;
        in.startObject(first, root);
        ChangeSet.Builder changes = ChangeSet.builder();
        Map<String, List<Object>> ids = new HashMap<>();
        String unknown = null;
        for (String name = in.nextField(); name != null; name = in.nextField()) {
            switch (name) {
                case FORMAT -> format(root);
                case VERSION -> version(root);
                case ORGANISATIONS -> each(name, organisations::organisation,
                        o -> changes.put(EntityKind.ORGANISATION, o), Organisation::id, ids);
                case PEOPLE -> each(name, entities::person, p -> changes.put(EntityKind.PERSON, p), Person::id, ids);
                case LABELS -> each(name, entities::label, l -> changes.put(EntityKind.LABEL, l), QualityLabel::id,
                        ids);
                case MEMBERSHIPS -> each(name, entities::membership, m -> changes.put(EntityKind.MEMBERSHIP, m),
                        Membership::id, ids);
                case EVENTS -> each(name, events::event, e -> changes.put(EntityKind.EVENT, e), Event::id, ids);
                case FACTS -> each(name, entities::fact, f -> changes.put(EntityKind.FACT, f), StatedCount::id, ids);
                case REGISTRATIONS -> throw new JsonFailure(root.child(name), "registrations are not put into a "
                        + "registry: they are made through the registration workflow, which decides places and the "
                        + "waiting list", null);
                default -> unknown = entities.skip(unknown, name);
            }
        }
        TokenReader.noUnknown(root, unknown);
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw trailing(after);
        }
        return changes.build();
    }

    private static void requireHeader(boolean format, boolean version) {
        if (!format) {
            throw new JsonFailure(PointerPath.ROOT, "not a clustermeet registry document: property \"format\": \""
                    + FORMAT_NAME + "\" is missing", null);
        }
        if (!version) {
            throw new JsonFailure(PointerPath.ROOT, "missing required property \"version\" (supported versions: "
                    + VERSION_NUMBER + ")", null);
        }
    }

    /** Checks only the format and version of a document, skipping everything else. */
    private static void header(JsonParser again) throws IOException {
        DocumentReader r = new DocumentReader(again, null);
        r.in.startObject(again.nextToken(), PointerPath.ROOT);
        boolean format = false;
        boolean version = false;
        String name;
        while ((name = r.in.nextField()) != null) {
            if (FORMAT.equals(name)) {
                r.format(PointerPath.ROOT);
                format = true;
            } else if (VERSION.equals(name)) {
                r.version(PointerPath.ROOT);
                version = true;
            } else {
                r.in.skipValue();
            }
        }
        requireHeader(format, version);
    }

    private void format(PointerPath root) throws IOException {
        String value = in.string(root, FORMAT);
        if (!value.equals(FORMAT_NAME)) {
            throw new JsonFailure(root.child(FORMAT), "not a clustermeet registry document: \"format\" is \""
                    + PointerText.abbreviate(value) + "\", expected \"" + FORMAT_NAME + "\"", null);
        }
    }

    private void version(PointerPath root) throws IOException {
        JsonToken t = parser.nextToken();
        if (t != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
                || parser.getIntValue() != VERSION_NUMBER) {
            throw new JsonFailure(root.child(VERSION), "unsupported document version "
                    + in.describe(t).replace("the number ", "") + " (supported versions: " + VERSION_NUMBER + ")",
                    null);
        }
    }

    /** Reads one section's array, handing each entity to the builder as soon as it is read. */
    private <T> void each(String section, TokenReader.Element<T> reader, Consumer<T> add,
                          java.util.function.Function<T, Object> id, Map<String, List<Object>> ids)
            throws IOException {
        PointerPath at = PointerPath.ROOT.child(section);
        JsonToken t = in.value(PointerPath.ROOT, section);
        if (t != JsonToken.START_ARRAY) {
            throw new JsonFailure(at, "expected an array, found " + in.describe(t), null);
        }
        List<Object> sectionIds = ids.computeIfAbsent(section, s -> new ArrayList<>());
        int i = 0;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            PointerPath ep = at.child(i++);
            if (t == JsonToken.VALUE_NULL) {
                throw new JsonFailure(ep, "null is not allowed in \"" + section + "\"", null);
            }
            T value = reader.read(t, ep);
            sectionIds.add(id.apply(value));
            add.accept(value);
        }
    }

    /** Every integrity problem, pointing at its entity (a repeated id at its last occurrence). */
    private static IntegrityFailure located(RegistryIntegrityException e, Map<String, List<Object>> ids) {
        String[][] sections = {{ORGANISATIONS, "organisation"}, {PEOPLE, "person"}, {LABELS, "label"},
                {MEMBERSHIPS, "membership"}, {EVENTS, "event"}, {REGISTRATIONS, "registration"}, {FACTS, "fact"}};
        Map<String, String> pointers = new HashMap<>();
        for (String[] section : sections) {
            List<Object> sectionIds = ids.getOrDefault(section[0], List.of());
            for (int i = 0; i < sectionIds.size(); i++) {
                pointers.put(section[1] + " " + sectionIds.get(i), "/" + section[0] + "/" + i);
            }
        }
        List<IntegrityFailure.Located> located = new ArrayList<>();
        for (IntegrityProblem p : e.problems()) {
            located.add(new IntegrityFailure.Located(pointers.getOrDefault(p.kind().label() + " " + p.id(), ""),
                    p.toString()));
        }
        return new IntegrityFailure(located);
    }

    // ------------------------------------------------------------------ single values, for ClusterMeetModule

    /**
     * Reads an organisation starting at the current token.
     *
     * @param at the value's pointer
     * @return the organisation
     * @throws IOException if the JSON is malformed or cannot be read
     */
    public Organisation organisation(PointerPath at) throws IOException {
        return organisations.organisation(parser.currentToken(), at);
    }

    /**
     * Reads a person starting at the current token.
     *
     * @param at the value's pointer
     * @return the person
     * @throws IOException if the JSON is malformed or cannot be read
     */
    public Person person(PointerPath at) throws IOException {
        return entities.person(parser.currentToken(), at);
    }

    /**
     * Reads a label starting at the current token.
     *
     * @param at the value's pointer
     * @return the label
     * @throws IOException if the JSON is malformed or cannot be read
     */
    public QualityLabel label(PointerPath at) throws IOException {
        return entities.label(parser.currentToken(), at);
    }

    /**
     * Reads a membership starting at the current token.
     *
     * @param at the value's pointer
     * @return the membership
     * @throws IOException if the JSON is malformed or cannot be read
     */
    public Membership membership(PointerPath at) throws IOException {
        return entities.membership(parser.currentToken(), at);
    }

    /**
     * Reads an event starting at the current token.
     *
     * @param at the value's pointer
     * @return the event
     * @throws IOException if the JSON is malformed or cannot be read
     */
    public Event event(PointerPath at) throws IOException {
        return events.event(parser.currentToken(), at);
    }

    /**
     * Reads a session starting at the current token.
     *
     * @param at the value's pointer
     * @return the session
     * @throws IOException if the JSON is malformed or cannot be read
     */
    public Session session(PointerPath at) throws IOException {
        return events.session(parser.currentToken(), at);
    }

    /**
     * Reads an eligibility policy starting at the current token.
     *
     * @param at the value's pointer
     * @return the policy
     * @throws IOException if the JSON is malformed or cannot be read
     */
    public EligibilityPolicy policy(PointerPath at) throws IOException {
        return events.policy(parser.currentToken(), at);
    }

    /**
     * Reads a registration starting at the current token.
     *
     * @param at the value's pointer
     * @return the registration
     * @throws IOException if the JSON is malformed or cannot be read
     */
    public Registration registration(PointerPath at) throws IOException {
        return entities.registration(parser.currentToken(), at);
    }

    /**
     * Reads a stated fact starting at the current token.
     *
     * @param at the value's pointer
     * @return the fact
     * @throws IOException if the JSON is malformed or cannot be read
     */
    public StatedCount fact(PointerPath at) throws IOException {
        return entities.fact(parser.currentToken(), at);
    }

    /**
     * Reads localized text starting at the current token.
     *
     * @param at the value's pointer
     * @return the text
     * @throws IOException if the JSON is malformed or cannot be read
     */
    public LocalizedText text(PointerPath at) throws IOException {
        return in.textAt(parser.currentToken(), at);
    }

    /**
     * Reads a value written as a string, such as an identifier or a code, at the current token.
     *
     * @param at    the value's pointer
     * @param parse the parser of its text form
     * @param <T>   the value type
     * @return the value
     * @throws IOException if the JSON cannot be read
     */
    public <T> T string(PointerPath at, java.util.function.Function<String, T> parse) throws IOException {
        return TokenReader.parse(in.asString(parser.currentToken(), at), at, parse::apply);
    }
}
