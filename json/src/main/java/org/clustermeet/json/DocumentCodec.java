package org.clustermeet.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.clustermeet.core.registry.Problem;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryIntegrityException;

/**
 * The registry document: {@code {"format": "clustermeet-registry", "version": 1, ...}} with one
 * array per entity kind, each sorted by id. Registrations stand beside the events, not inside.
 */
final class DocumentCodec {

    /** The value of the {@code format} property. */
    static final String FORMAT = "clustermeet-registry";

    /** The document version this library writes and reads. */
    static final int VERSION = 1;

    private DocumentCodec() {
    }

    /**
     * Reads a document. Entity errors stop at the first; integrity problems (dangling references,
     * duplicate ids, ...) are all reported together.
     */
    static Registry read(JsonNode root) {
        ObjectReader r = new ObjectReader(root, Ptr.ROOT);
        if (!r.has("format")) {
            throw new JsonFailure(Ptr.ROOT, "not a clustermeet registry document: property \"format\": \"" + FORMAT
                    + "\" is missing", null);
        }
        String format = r.text("format");
        if (!format.equals(FORMAT)) {
            throw new JsonFailure(Ptr.ROOT.child("format"), "not a clustermeet registry document: \"format\" is \""
                    + Pointers.abbreviate(format) + "\", expected \"" + FORMAT + "\"", null);
        }
        if (!r.has("version")) {
            throw new JsonFailure(Ptr.ROOT, "missing required property \"version\" (supported versions: " + VERSION + ")",
                    null);
        }
        JsonNode version = root.get("version");
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != VERSION) {
            throw new JsonFailure(Ptr.ROOT.child("version"), "unsupported document version " + ObjectReader.describe(version)
                    .replace("the number ", "") + " (supported versions: " + VERSION + ")", null);
        }
        r.integer("version", VERSION, VERSION);
        Registry.Builder builder = Registry.builder();
        Map<Key, Ptr> pointers = new HashMap<>();
        readSection(r, "organisations", ModelCodec::readOrganisation, o -> builder.add(o), o -> key("organisation", o.id()),
                pointers);
        readSection(r, "people", ModelCodec::readPerson, builder::add, p -> key("person", p.id()), pointers);
        readSection(r, "labels", ModelCodec::readLabel, builder::add, l -> key("label", l.id()), pointers);
        readSection(r, "memberships", ModelCodec::readMembership, builder::add, m -> key("membership", m.id()),
                pointers);
        readSection(r, "events", ModelCodec::readEvent, builder::add, e -> key("event", e.id()), pointers);
        readSection(r, "registrations", ModelCodec::readRegistration, builder::add, x -> key("registration", x.id()),
                pointers);
        readSection(r, "facts", ModelCodec::readFact, builder::add, f -> key("fact", f.id()), pointers);
        r.end();
        try {
            return builder.build();
        } catch (RegistryIntegrityException e) {
            List<RegistryJsonException.Problem> located = new ArrayList<>();
            for (Problem p : e.problems()) {
                Ptr pointer = pointers.getOrDefault(new Key(p.kind().label(), p.id()), Ptr.ROOT);
                located.add(new RegistryJsonException.Problem(pointer.toString(), p.toString()));
            }
            throw new IntegrityFailure(located);
        }
    }

    /** An entity's kind and id, to find its place in the document when reporting problems. */
    private record Key(String kind, String id) {
    }

    private static Key key(String kind, Object id) {
        return new Key(kind, id.toString());
    }

    private static <T> void readSection(ObjectReader r, String name, ObjectReader.ElementReader<T> reader,
                                        java.util.function.Consumer<T> add, Function<T, Key> key,
                                        Map<Key, Ptr> pointers) {
        r.list(name, (node, pointer) -> {
            T value = reader.read(node, pointer);
            add.accept(value);
            pointers.put(key.apply(value), pointer);
            return value;
        });
    }

    /** Every integrity problem of a document at once. */
    static final class IntegrityFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial")
        private final List<RegistryJsonException.Problem> problems;

        IntegrityFailure(List<RegistryJsonException.Problem> problems) {
            super(problems.get(0).message());
            this.problems = List.copyOf(problems);
        }

        RegistryJsonException toException() {
            return new RegistryJsonException(problems, -1, -1, null);
        }

        String firstPointer() {
            return problems.get(0).pointer();
        }
    }
}
