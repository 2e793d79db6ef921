package org.clustermeet.interop;

import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/** JSON read into plain maps and lists, for tests that look inside an export. */
public final class TestJson {

    private TestJson() {
    }

    /** The JSON text as maps, lists, strings, numbers, booleans and nulls. */
    public static Object tree(String json) throws Exception {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            return value(p, p.nextToken());
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws Exception {
        switch (t) {
            case START_OBJECT -> {
                java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String name = p.currentName();
                    map.put(name, value(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new java.util.ArrayList<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    list.add(value(p, n));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_NUMBER_INT -> {
                return p.getIntValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            default -> {
                return null;
            }
        }
    }

    /** The value at a path of names and indexes. */
    public static Object at(Object node, Object... path) {
        Object here = node;
        for (Object step : path) {
            here = step instanceof Integer i ? ((List<?>) here).get(i) : ((java.util.Map<?, ?>) here).get(step);
        }
        return here;
    }

}
