package org.clustermeet.store.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.EntityKind;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.json.ClusterMeetModule;

/**
 * The JSON of one journalled change set and who asked for it:
 * {@code {"operations":[{"put":"registration","value":{...}},{"remove":"label","id":"..."}],"actor":"cli"}},
 * each entity in the form {@link ClusterMeetModule} writes (the full profile: a journal keeps
 * everything). Rows written before actors were recorded have no {@code actor}. Thread-safe.
 */
public final class ChangeCodec {

    /**
     * A change set as read from a journal row.
     *
     * @param changes the changes, in order
     * @param actor   who asked, when the row records it
     */
    public record Recorded(ChangeSet changes, Optional<Actor> actor) {
    }

    private static final String ACTOR = "actor";
    private static final String OPERATIONS = "operations";
    private static final String PUT = "put";
    private static final String REMOVE = "remove";
    private static final String VALUE = "value";
    private static final String ID = "id";

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ClusterMeetModule());

    /**
     * Writes a change set.
     *
     * @param changes the changes, in order
     * @param actor   who asked
     * @return the JSON text
     * @throws IllegalStateException if an entity cannot be written (a bug: the model is valid)
     */
    public String write(ChangeSet changes, Actor actor) {
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
            g.writeStringField(ACTOR, actor.name());
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
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr(), e);
        }
        if (root == null || !root.isObject() || !root.path(OPERATIONS).isArray()) {
            throw new IllegalArgumentException("at /: expected an object with an \"" + OPERATIONS + "\" array");
        }
        for (Map.Entry<String, JsonNode> property : root.properties()) {
            if (!property.getKey().equals(OPERATIONS) && !property.getKey().equals(ACTOR)) {
                throw new IllegalArgumentException("at /" + property.getKey() + ": unknown property");
            }
        }
        ChangeSet.Builder changes = ChangeSet.builder();
        int index = 0;
        for (JsonNode node : root.get(OPERATIONS)) {
            changes.add(change(node, "/" + OPERATIONS + "/" + index++));
        }
        return new Recorded(changes.build(), actor(root.get(ACTOR)));
    }

    private static Optional<Actor> actor(JsonNode actor) {
        if (actor == null) {
            return Optional.empty();
        }
        if (!actor.isTextual()) {
            throw new IllegalArgumentException("at /" + ACTOR + ": expected the actor's name as a string");
        }
        try {
            return Optional.of(Actor.of(actor.asText()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("at /" + ACTOR + ": " + e.getMessage(), e);
        }
    }

    private ChangeSet.Change change(JsonNode node, String pointer) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("at " + pointer + ": expected an object");
        }
        boolean put = node.has(PUT);
        if (put == node.has(REMOVE)) {
            throw new IllegalArgumentException("at " + pointer + ": expected exactly one of \"" + PUT + "\" and \""
                    + REMOVE + "\"");
        }
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            if (!name.equals(put ? PUT : REMOVE) && !name.equals(put ? VALUE : ID)) {
                throw new IllegalArgumentException("at " + pointer + "/" + name + ": unknown property");
            }
        }
        String kindPointer = pointer + "/" + (put ? PUT : REMOVE);
        JsonNode kindName = node.get(put ? PUT : REMOVE);
        EntityKind<?, ?> kind = EntityKind.named(kindName.asText(""))
                .filter(k -> kindName.isTextual())
                .orElseThrow(() -> new IllegalArgumentException("at " + kindPointer + ": unknown entity kind "
                        + kindName + " (expected one of " + EntityKind.all() + ")"));
        return put ? put(kind, node.get(VALUE), pointer + "/" + VALUE) : remove(kind, node.get(ID), pointer + "/" + ID);
    }

    private <E> ChangeSet.Change put(EntityKind<E, ?> kind, JsonNode value, String pointer) {
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("at " + pointer + ": expected the " + kind + " as an object");
        }
        try {
            return new ChangeSet.Put<>(kind, mapper.treeToValue(value, kind.type()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("at " + pointer + ": " + message(e), e);
        }
    }

    private <I extends Comparable<? super I>> ChangeSet.Change remove(EntityKind<?, I> kind, JsonNode id,
                                                                       String pointer) {
        if (id == null || !id.isTextual()) {
            throw new IllegalArgumentException("at " + pointer + ": expected the " + kind + "'s id as a string");
        }
        try {
            return new ChangeSet.Remove<>(kind, kind.parseId(id.asText()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("at " + pointer + ": " + e.getMessage(), e);
        }
    }

    private static String message(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
}
