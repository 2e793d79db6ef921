package org.clustermeet.interop.programme;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * A schedule file as a tree of maps (in file order), lists, strings, numbers, booleans and
 * {@link #NULL}, read with Jackson's streaming parser: duplicate keys, trailing content and
 * malformed JSON are refused with their line and column. A schedule is small (a large conference's
 * is a few hundred kilobytes), and its reader walks it in every direction.
 */
final class JsonTree {

    /** JSON's {@code null}, kept apart from an absent property. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1_000_000)
                    .maxNumberLength(100).build())
            .build();

    private JsonTree() {
    }

    /** The file's one value, or a problem naming the line and column where it stopped making sense. */
    static Object read(InputStream in) throws IOException, TreeException {
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new TreeException("the file is empty: a schedule is one JSON object");
            }
            Object value = value(p, first);
            if (p.nextToken() != null) {
                throw new TreeException("content after the schedule at line " + p.currentLocation().getLineNr()
                        + ", column " + p.currentLocation().getColumnNr());
            }
            return value;
        } catch (JsonParseException | StreamConstraintsException e) {
            String where = e instanceof JsonParseException j && j.getLocation() != null
                    ? " at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() : "";
            throw new TreeException("malformed JSON" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String name = p.currentName();
                    map.put(name, value(p, p.nextToken()));
                }
                return Collections.unmodifiableMap(map);
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    list.add(value(p, n));
                }
                return Collections.unmodifiableList(list);
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getDecimalValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            default -> {
                return NULL;
            }
        }
    }

    /** A file that is not one JSON value. */
    static final class TreeException extends Exception {

        private static final long serialVersionUID = 1L;

        TreeException(String message) {
            super(message);
        }
    }
}
