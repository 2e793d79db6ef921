package org.clustermeet.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import org.clustermeet.core.registry.Problem;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
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
        RegistryBuilder builder = Registry.builder();
        section(r, "organisations", ModelCodec::readOrganisation, builder::add);
        section(r, "people", ModelCodec::readPerson, builder::add);
        section(r, "labels", ModelCodec::readLabel, builder::add);
        section(r, "memberships", ModelCodec::readMembership, builder::add);
        section(r, "events", ModelCodec::readEvent, builder::add);
        section(r, "registrations", ModelCodec::readRegistration, builder::add);
        section(r, "facts", ModelCodec::readFact, builder::add);
        r.end();
        try {
            return builder.build();
        } catch (RegistryIntegrityException e) {
            Map<String, String> pointers = entityPointers(root);
            List<RegistryJsonException.Problem> located = new ArrayList<>();
            for (Problem p : e.problems()) {
                String pointer = pointers.getOrDefault(p.kind().label() + " " + p.id(), "");
                located.add(new RegistryJsonException.Problem(pointer, p.toString()));
            }
            throw new IntegrityFailure(located);
        }
    }

    /** Reads one section's array, handing each entity to the builder. */
    private static <T> void section(ObjectReader r, String name, ObjectReader.ElementReader<T> reader,
                                    Consumer<T> add) {
        r.list(name, (node, pointer) -> {
            T value = reader.read(node, pointer);
            add.accept(value);
            return value;
        });
    }

    /**
     * Maps "kind id" to the JSON Pointer of each entity, the last occurrence winning (so that a
     * duplicate id points at its second occurrence). Built only when problems are reported.
     */
    private static Map<String, String> entityPointers(JsonNode root) {
        Map<String, String> pointers = new HashMap<>();
        String[][] sections = {{"organisations", "organisation"}, {"people", "person"}, {"labels", "label"},
                {"memberships", "membership"}, {"events", "event"}, {"registrations", "registration"},
                {"facts", "fact"}};
        for (String[] section : sections) {
            JsonNode array = root.get(section[0]);
            for (int i = 0; array != null && i < array.size(); i++) {
                JsonNode id = array.get(i).get("id");
                if (id != null && id.isTextual()) {
                    pointers.put(section[1] + " " + id.textValue(), "/" + section[0] + "/" + i);
                }
            }
        }
        return pointers;
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
    }
}
