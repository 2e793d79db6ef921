package org.clustermeet.store.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.clustermeet.json.ClusterMeetModule;

/**
 * The JSON of one journalled change: {@code {"operations":[{"put":"registration","value":{...}},
 * {"remove":"label","id":"..."}]}}, each entity in the form {@link ClusterMeetModule} writes (the
 * full profile: a journal keeps everything). Thread-safe.
 */
public final class ChangeCodec {

    private static final String OPERATIONS = "operations";
    private static final String PUT = "put";
    private static final String REMOVE = "remove";
    private static final String VALUE = "value";
    private static final String ID = "id";

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new ClusterMeetModule());

    /**
     * Writes a change.
     *
     * @param operations the change's operations, in order
     * @return the JSON text
     * @throws IllegalStateException if an entity cannot be written (a bug: the model is valid)
     */
    public String write(List<Operation> operations) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart(OPERATIONS);
            for (Operation operation : operations) {
                g.writeStartObject();
                if (operation instanceof Operation.Put<?> put) {
                    g.writeStringField(PUT, put.kind().name());
                    g.writeFieldName(VALUE);
                    mapper.writerFor(put.kind().type()).writeValue(g, put.entity());
                } else if (operation instanceof Operation.Remove<?> remove) {
                    g.writeStringField(REMOVE, remove.kind().name());
                    g.writeStringField(ID, remove.id().toString());
                }
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
     * Reads a change.
     *
     * @param json the JSON text
     * @return the operations, in order
     * @throws IllegalArgumentException naming the JSON Pointer of the first problem
     */
    public List<Operation> read(String json) {
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
        List<Operation> operations = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.get(OPERATIONS)) {
            operations.add(operation(node, "/" + OPERATIONS + "/" + index++));
        }
        return operations;
    }

    private Operation operation(JsonNode node, String pointer) {
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
                        + kindName + " (expected one of " + EntityKind.ALL + ")"));
        return put ? put(kind, node.get(VALUE), pointer + "/" + VALUE) : remove(kind, node.get(ID), pointer + "/" + ID);
    }

    private <E> Operation put(EntityKind<E, ?> kind, JsonNode value, String pointer) {
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException("at " + pointer + ": expected the " + kind + " as an object");
        }
        try {
            return new Operation.Put<>(kind, mapper.treeToValue(value, kind.type()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("at " + pointer + ": " + message(e), e);
        }
    }

    private <I> Operation remove(EntityKind<?, I> kind, JsonNode id, String pointer) {
        if (id == null || !id.isTextual()) {
            throw new IllegalArgumentException("at " + pointer + ": expected the " + kind + "'s id as a string");
        }
        try {
            return new Operation.Remove<>(kind, kind.parseId(id.asText()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("at " + pointer + ": " + e.getMessage(), e);
        }
    }

    private static String message(Exception e) {
        return e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    }
}
