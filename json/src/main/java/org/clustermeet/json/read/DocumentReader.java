package org.clustermeet.json.read;

import static org.clustermeet.json.internal.DocumentNames.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import org.clustermeet.core.registry.IntegrityProblem;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryBuilder;
import org.clustermeet.core.registry.RegistryIntegrityException;
import org.clustermeet.json.RegistryJsonException;
import org.clustermeet.json.internal.JsonFailure;
import org.clustermeet.json.internal.PointerPath;
import org.clustermeet.json.internal.PointerText;

/**
 * The registry document: {@code {"format": "clustermeet-registry", "version": 1, ...}} with one
 * array per entity kind, each sorted by id. Registrations stand beside the events, not inside.
 */
public final class DocumentReader {


    private DocumentReader() {
    }

    /**
     * Reads a document. Entity errors stop at the first; integrity problems (dangling references,
     * duplicate ids, ...) are all reported together.
     */
    public static Registry read(JsonNode root) {
        PropertyReader r = new PropertyReader(root, PointerPath.ROOT);
        if (!r.has(FORMAT)) {
            throw new JsonFailure(PointerPath.ROOT, "not a clustermeet registry document: property \"format\": \"" + FORMAT
                    + "\" is missing", null);
        }
        String format = r.text(FORMAT);
        if (!format.equals(FORMAT_NAME)) {
            throw new JsonFailure(PointerPath.ROOT.child(FORMAT), "not a clustermeet registry document: \"format\" is \""
                    + PointerText.abbreviate(format) + "\", expected \"" + FORMAT_NAME + "\"", null);
        }
        if (!r.has(VERSION)) {
            throw new JsonFailure(PointerPath.ROOT, "missing required property \"version\" (supported versions: " + VERSION_NUMBER + ")",
                    null);
        }
        JsonNode version = root.get(VERSION);
        if (!version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() != VERSION_NUMBER) {
            throw new JsonFailure(PointerPath.ROOT.child(VERSION), "unsupported document version " + PropertyReader.describe(version)
                    .replace("the number ", "") + " (supported versions: " + VERSION_NUMBER + ")", null);
        }
        r.integer(VERSION, VERSION_NUMBER, VERSION_NUMBER);
        RegistryBuilder builder = Registry.builder();
        section(r, ORGANISATIONS, ModelReader::readOrganisation, builder::add);
        section(r, PEOPLE, ModelReader::readPerson, builder::add);
        section(r, LABELS, ModelReader::readLabel, builder::add);
        section(r, MEMBERSHIPS, ModelReader::readMembership, builder::add);
        section(r, EVENTS, ModelReader::readEvent, builder::add);
        section(r, REGISTRATIONS, ModelReader::readRegistration, builder::add);
        section(r, FACTS, ModelReader::readFact, builder::add);
        r.end();
        try {
            return builder.build();
        } catch (RegistryIntegrityException e) {
            Map<String, String> pointers = entityPointers(root);
            List<RegistryJsonException.Problem> located = new ArrayList<>();
            for (IntegrityProblem p : e.problems()) {
                String pointer = pointers.getOrDefault(p.kind().label() + " " + p.id(), "");
                located.add(new RegistryJsonException.Problem(pointer, p.toString()));
            }
            throw new IntegrityFailure(located);
        }
    }

    /** Reads one section's array, handing each entity to the builder. */
    private static <T> void section(PropertyReader r, String name, PropertyReader.ElementReader<T> reader,
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
        String[][] sections = {{ORGANISATIONS, "organisation"}, {PEOPLE, "person"}, {LABELS, "label"},
                {MEMBERSHIPS, "membership"}, {EVENTS, "event"}, {REGISTRATIONS, "registration"},
                {FACTS, "fact"}};
        for (String[] section : sections) {
            JsonNode array = root.get(section[0]);
            for (int i = 0; array != null && i < array.size(); i++) {
                JsonNode id = array.get(i).get(ID);
                if (id != null && id.isTextual()) {
                    pointers.put(section[1] + " " + id.textValue(), "/" + section[0] + "/" + i);
                }
            }
        }
        return pointers;
    }

    /** Every integrity problem of a document at once. */
    public static final class IntegrityFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial")
        private final List<RegistryJsonException.Problem> problems;

        IntegrityFailure(List<RegistryJsonException.Problem> problems) {
            super(problems.get(0).message());
            this.problems = List.copyOf(problems);
        }

        /** Returns every problem, each with the pointer of its entity. */
        public List<RegistryJsonException.Problem> problems() {
            return problems;
        }
    }
}
