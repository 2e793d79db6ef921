package org.clustermeet.store.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.EntityKind;
import org.clustermeet.core.text.Echo;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.json.ClusterMeetModule;

/**
 * The JSON of one journalled step: its change set and what happened, in domain words:
 * {@code {"operations":[{"put":"registration","value":{...}},{"remove":"label","id":"..."}],
 * "happened":[{"kind":"waitlisted","registration":"r-3","person":"anna","event":"workshop","detail":"position 1"}]}},
 * each entity in the form {@link ClusterMeetModule} writes (the full profile: a journal keeps
 * everything). Rows of the first format have no {@code happened}. Thread-safe.
 */
public final class ChangeCodec {

    /**
     * A step as read from a journal row.
     *
     * @param changes  the changes, in order
     * @param happened what happened, when the row records it (rows of the first format do not)
     */
    public record Recorded(ChangeSet changes, Optional<List<Happening>> happened) {
    }

    private static final String HAPPENED = "happened";
    private static final String KIND = "kind";
    private static final String REGISTRATION = "registration";
    private static final String PERSON = "person";
    private static final String EVENT = "event";
    private static final String DETAIL = "detail";
    private static final String OPERATIONS = "operations";
    private static final String PUT = "put";
    private static final String REMOVE = "remove";
    private static final String VALUE = "value";
    private static final String ID = "id";

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ClusterMeetModule());

    /**
     * Writes a step.
     *
     * @param changes  the changes, in order
     * @param happened what happened
     * @return the JSON text
     * @throws IllegalStateException if an entity cannot be written (a bug: the model is valid)
     */
    public String write(ChangeSet changes, List<Happening> happened) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart(OPERATIONS);
            for (ChangeSet.Change change : changes.changes()) {
                g.writeStartObject();
                if (change instanceof ChangeSet.Put<?> put) {
                    g.writeStringField(PUT, put.kind().label());
                    g.writeFieldName(VALUE);
                    mapper.writerFor(put.kind().type()).writeValue(g, put.entity());
                } else {
                    g.writeStringField(REMOVE, change.kind().label());
                    g.writeStringField(ID, change.id().toString());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart(HAPPENED);
            for (Happening h : happened) {
                g.writeStartObject();
                g.writeStringField(KIND, h.kind().name());
                if (h.registration().isPresent()) {
                    g.writeStringField(REGISTRATION, h.registration().get().value());
                }
                if (h.person().isPresent()) {
                    g.writeStringField(PERSON, h.person().get().value());
                }
                if (h.event().isPresent()) {
                    g.writeStringField(EVENT, h.event().get().value());
                }
                g.writeStringField(DETAIL, h.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a journal change: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * Reads a change set.
     *
     * @param json the JSON text
     * @return the changes, in order, and who asked
     * @throws IllegalArgumentException naming the JSON Pointer of the first problem
     */
    public Recorded read(String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw refusal("not JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
        if (root == null || !root.isObject() || !root.path(OPERATIONS).isArray()) {
            throw refusal("at /: expected an object with an \"" + OPERATIONS + "\" array");
        }
        for (Map.Entry<String, JsonNode> property : root.properties()) {
            if (!property.getKey().equals(OPERATIONS) && !property.getKey().equals(HAPPENED)) {
                throw refusal("at /" + property.getKey() + ": unknown property");
            }
        }
        ChangeSet.Builder changes = ChangeSet.builder();
        int index = 0;
        for (JsonNode node : root.get(OPERATIONS)) {
            changes.add(change(node, "/" + OPERATIONS + "/" + index++));
        }
        JsonNode happened = root.get(HAPPENED);
        return new Recorded(changes.build(), happened == null ? Optional.empty() : Optional.of(happenings(happened)));
    }

    /**
     * Reads only what a step says happened, as a history needs it, skipping its changes (the bulk
     * of a row, and most of the cost of {@link #read}): they are checked to be an array, and read
     * only by {@link #read}.
     *
     * @param json the JSON text
     * @return what happened; empty for a row of the first format, whose changes tell it
     * @throws IllegalArgumentException naming the JSON Pointer of the first problem
     */
    public Optional<List<Happening>> readHappened(String json) {
        JsonNode happened = null;
        boolean operations = false;
        try (JsonParser parser = mapper.getFactory().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw refusal("at /: expected an object with an \"" + OPERATIONS + "\" array");
            }
            for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                JsonToken value = parser.nextToken();
                // as in a tree, a name given twice means its last value
                switch (name) {
                    case OPERATIONS -> {
                        operations = value == JsonToken.START_ARRAY;
                        parser.skipChildren();
                    }
                    case HAPPENED -> happened = parser.readValueAsTree();
                    default -> throw refusal("at /" + name + ": unknown property");
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw refusal("at /: expected an object with an \"" + OPERATIONS + "\" array");
            }
        } catch (JsonProcessingException e) {
            throw refusal("not JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw refusal("not JSON: " + e.getMessage(), e);
        }
        if (!operations) {
            throw refusal("at /: expected an object with an \"" + OPERATIONS + "\" array");
        }
        return happened == null ? Optional.empty() : Optional.of(happenings(happened));
    }

    private static List<Happening> happenings(JsonNode happened) {
        if (!happened.isArray()) {
            throw refusal("at /" + HAPPENED + ": expected an array");
        }
        List<Happening> list = new ArrayList<>();
        int index = 0;
        for (JsonNode node : happened) {
            list.add(happening(node, "/" + HAPPENED + "/" + index++));
        }
        return List.copyOf(list);
    }

    private static Happening happening(JsonNode node, String pointer) {
        if (!node.isObject()) {
            throw refusal("at " + pointer + ": expected an object");
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!List.of(KIND, REGISTRATION, PERSON, EVENT, DETAIL).contains(property.getKey())) {
                throw refusal("at " + pointer + "/" + property.getKey() + ": unknown property");
            }
            if (!property.getValue().isTextual()) {
                throw refusal("at " + pointer + "/" + property.getKey() + ": expected a string");
            }
        }
        String field = KIND;
        try {
            Happening.Kind kind = Happening.Kind.valueOf(text(node, KIND));
            field = REGISTRATION;
            Optional<RegistrationId> registration = optional(node, REGISTRATION).map(RegistrationId::of);
            field = PERSON;
            Optional<PersonId> person = optional(node, PERSON).map(PersonId::of);
            field = EVENT;
            Optional<EventId> event = optional(node, EVENT).map(EventId::of);
            field = DETAIL;
            return new Happening(kind, registration, person, event, text(node, DETAIL));
        } catch (IllegalArgumentException e) {
            throw refusal("at " + pointer + "/" + field + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null) {
            throw refusal("missing");
        }
        return value.asText();
    }

    private static Optional<String> optional(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null ? Optional.empty() : Optional.of(value.asText());
    }

    private ChangeSet.Change change(JsonNode node, String pointer) {
        if (!node.isObject()) {
            throw refusal("at " + pointer + ": expected an object");
        }
        boolean put = node.has(PUT);
        if (put == node.has(REMOVE)) {
            throw refusal("at " + pointer + ": expected exactly one of \"" + PUT + "\" and \""
                    + REMOVE + "\"");
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            if (!name.equals(put ? PUT : REMOVE) && !name.equals(put ? VALUE : ID)) {
                throw refusal("at " + pointer + "/" + name + ": unknown property");
            }
        }
        String kindPointer = pointer + "/" + (put ? PUT : REMOVE);
        JsonNode kindName = node.get(put ? PUT : REMOVE);
        // asText of an array, an object, a number or a boolean names no kind
        EntityKind<?, ?> kind = EntityKind.named(kindName.asText(""))
                .orElseThrow(() -> refusal("at " + kindPointer + ": unknown entity kind "
                        + kindName + " (expected one of " + EntityKind.all() + ")"));
        return put ? put(kind, node.get(VALUE), pointer + "/" + VALUE) : remove(kind, node.get(ID), pointer + "/" + ID);
    }

    private <E> ChangeSet.Change put(EntityKind<E, ?> kind, JsonNode value, String pointer) {
        if (value == null || !value.isObject()) {
            throw refusal("at " + pointer + ": expected the " + kind + " as an object");
        }
        try {
            return new ChangeSet.Put<>(kind, mapper.treeToValue(value, kind.type()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw refusal("at " + pointer + ": " + message(e), e);
        }
    }

    private <I extends Comparable<? super I>> ChangeSet.Change remove(EntityKind<?, I> kind, JsonNode id,
                                                                       String pointer) {
        if (id == null || !id.isTextual()) {
            throw refusal("at " + pointer + ": expected the " + kind + "'s id as a string");
        }
        try {
            return new ChangeSet.Remove<>(kind, kind.parseId(id.asText()));
        } catch (IllegalArgumentException e) {
            throw refusal("at " + pointer + ": " + e.getMessage(), e);
        }
    }

    /** Longest message a refusal has; the rest of a long one is cut. */
    private static final int MAX_MESSAGE = 500;

    /**
     * A refusal whose message is inert ({@link Echo}) and bounded: a row's property names and
     * values cannot act on the terminal that shows the message, nor make it long.
     */
    private static IllegalArgumentException refusal(String message, Throwable cause) {
        String inert = Echo.inert(message);
        return new IllegalArgumentException(inert.codePointCount(0, inert.length()) > MAX_MESSAGE
                ? inert.substring(0, inert.offsetByCodePoints(0, MAX_MESSAGE)) + "..." : inert, cause);
    }

    private static IllegalArgumentException refusal(String message) {
        return refusal(message, null);
    }

    private static String message(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
}
