package org.clustermeet.json.read;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.clustermeet.json.internal.JsonFailure;
import org.clustermeet.json.internal.PointerPath;
import org.clustermeet.json.internal.PointerText;

/**
 * Reads the properties of one JSON object strictly: no nulls, no type coercion, no unknown
 * properties ({@link #end()}), every error with the JSON Pointer of the offending value.
 */
public final class PropertyReader {

    private final JsonNode node;
    private final PointerPath pointer;
    /** The names read so far; few per object, so a list beats a hash set. */
    private final List<String> seen = new ArrayList<>(16);

    public PropertyReader(JsonNode node, PointerPath pointer) {
        if (node == null || !node.isObject()) {
            throw new JsonFailure(pointer, "expected an object, found " + describe(node), null);
        }
        this.node = node;
        this.pointer = pointer;
    }

    public PointerPath pointer() {
        return pointer;
    }

    public JsonNode rawNode() {
        node.fieldNames().forEachRemaining(this::markSeen);
        return node;
    }

    private void markSeen(String name) {
        if (!seen.contains(name)) {
            seen.add(name);
        }
    }

    public PointerPath pointerOf(String name) {
        return pointer.child(name);
    }

    public boolean has(String name) {
        return node.has(name);
    }

    /** Returns a present property, refusing null. */
    private Optional<JsonNode> optional(String name) {
        markSeen(name);
        JsonNode value = node.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value.isNull()) {
            throw new JsonFailure(pointerOf(name), "null is not allowed for \"" + name
                    + "\" (omit an optional property instead)", null);
        }
        return Optional.of(value);
    }

    private JsonNode required(String name) {
        return optional(name).orElseThrow(() ->
                new JsonFailure(pointer, "missing required property \"" + name + "\"", null));
    }

    public String text(String name) {
        return asText(required(name), pointerOf(name));
    }

    public Optional<String> optText(String name) {
        return optional(name).map(v -> asText(v, pointerOf(name)));
    }

    public int integer(String name, int min, int max) {
        return asInt(required(name), pointerOf(name), min, max);
    }

    public Optional<Integer> optInteger(String name, int min, int max) {
        return optional(name).map(v -> asInt(v, pointerOf(name), min, max));
    }

    public long longInteger(String name, long min) {
        JsonNode v = required(name);
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < min) {
            throw new JsonFailure(pointerOf(name), "expected an integer of at least " + min + ", found "
                    + describe(v), null);
        }
        return v.longValue();
    }

    public BigDecimal decimal(String name) {
        JsonNode v = required(name);
        if (!v.isNumber()) {
            throw new JsonFailure(pointerOf(name), "expected a number, found " + describe(v), null);
        }
        return v.decimalValue();
    }

    public boolean bool(String name) {
        JsonNode v = required(name);
        if (!v.isBoolean()) {
            throw new JsonFailure(pointerOf(name), "expected true or false, found " + describe(v), null);
        }
        return v.booleanValue();
    }

    public <T> T value(String name, Parser<T> parser) {
        return parse(text(name), pointerOf(name), parser);
    }

    public <T> Optional<T> optValue(String name, Parser<T> parser) {
        return optText(name).map(t -> parse(t, pointerOf(name), parser));
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return toEnum(text(name), pointerOf(name), type);
    }

    public <E extends Enum<E>> Optional<E> optEnum(String name, Class<E> type) {
        return optText(name).map(t -> toEnum(t, pointerOf(name), type));
    }

    public LocalDate date(String name) {
        return value(name, IsoText::date);
    }

    public Optional<LocalDate> optDate(String name) {
        return optValue(name, IsoText::date);
    }

    public Instant instant(String name) {
        return value(name, IsoText::instant);
    }

    /** Reads an offset date-time property and places it in a zone, checking that the offset agrees. */
    public ZonedDateTime zoned(String name, ZoneId zone) {
        PointerPath p = pointerOf(name);
        OffsetDateTime odt = parse(text(name), p, IsoText::offsetDateTime);
        try {
            return ZonedDateTime.ofStrict(odt.toLocalDateTime(), odt.getOffset(), zone);
        } catch (DateTimeException e) {
            throw new JsonFailure(p, "offset " + odt.getOffset() + " does not match time zone " + zone
                    + " at " + odt.toLocalDateTime(), e);
        }
    }

    public PropertyReader object(String name) {
        return new PropertyReader(required(name), pointerOf(name));
    }

    public Optional<PropertyReader> optObject(String name) {
        return optional(name).map(v -> new PropertyReader(v, pointerOf(name)));
    }

    /** Reads an optional array (missing means empty) with a reader per element and its pointer. */
    public <T> List<T> list(String name, ElementReader<T> reader) {
        Optional<JsonNode> array = optional(name);
        if (array.isEmpty()) {
            return List.of();
        }
        PointerPath p = pointerOf(name);
        if (!array.get().isArray()) {
            throw new JsonFailure(p, "expected an array, found " + describe(array.get()), null);
        }
        List<T> out = new ArrayList<>(array.get().size());
        int i = 0;
        for (Iterator<JsonNode> it = array.get().elements(); it.hasNext(); i++) {
            JsonNode element = it.next();
            PointerPath ep = p.child(i);
            if (element.isNull()) {
                throw new JsonFailure(ep, "null is not allowed in \"" + name + "\"", null);
            }
            out.add(reader.read(element, ep));
        }
        return out;
    }

    public <T> List<T> textList(String name, Parser<T> parser) {
        return list(name, (n, p) -> parse(asText(n, p), p, parser));
    }

    public <E extends Enum<E>> List<E> enumList(String name, Class<E> type) {
        return list(name, (n, p) -> toEnum(asText(n, p), p, type));
    }

    public List<PropertyReader> objects(String name) {
        return list(name, PropertyReader::new);
    }

    /** Refuses every property that was not read. */
    public void end() {
        if (node.size() <= seen.size() && countPresentSeen() == node.size()) {
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!seen.contains(name)) {
                throw new JsonFailure(pointerOf(name), "unknown property \"" + PointerText.abbreviate(name) + "\"", null);
            }
        }
    }

    private int countPresentSeen() {
        int n = 0;
        for (String name : seen) {
            if (node.has(name)) {
                n++;
            }
        }
        return n;
    }

    /** Runs a core constructor, turning its IllegalArgumentException into a failure at this object. */
    public <T> T build(Builder<T> builder) {
        try {
            T value = builder.build();
            end();
            return value;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JsonFailure(pointer, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    /** A parser of a text form, such as {@code LocalDate::parse}. */
    @FunctionalInterface
    public interface Parser<T> {
        T parse(String text);
    }

    /** A reader of an array element at a pointer. */
    @FunctionalInterface
    public interface ElementReader<T> {
        T read(JsonNode node, PointerPath pointer);
    }

    /** A constructor call that may throw IllegalArgumentException. */
    @FunctionalInterface
    public interface Builder<T> {
        T build();
    }

    public static String asText(JsonNode v, PointerPath pointer) {
        if (!v.isTextual()) {
            throw new JsonFailure(pointer, "expected a string, found " + describe(v), null);
        }
        return v.textValue();
    }

    public static int asInt(JsonNode v, PointerPath pointer, int min, int max) {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            throw new JsonFailure(pointer, "expected an integer from " + min + " to " + max + ", found "
                    + describe(v), null);
        }
        return v.intValue();
    }

    public static <T> T parse(String text, PointerPath pointer, Parser<T> parser) {
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            String reason = e instanceof DateTimeException
                    ? "invalid date or time \"" + PointerText.abbreviate(text) + "\" (expected ISO-8601)"
                    : e.getMessage();
            throw new JsonFailure(pointer, reason, e);
        }
    }

    /** Each enum's constants by JSON name, computed once per enum type. */
    private static final ClassValue<java.util.Map<String, Enum<?>>> BY_JSON_NAME = new ClassValue<>() {
        @Override
        protected java.util.Map<String, Enum<?>> computeValue(Class<?> type) {
            java.util.Map<String, Enum<?>> byName = new java.util.HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                byName.put(e.name().toLowerCase(Locale.ROOT).replace('_', '-'), e);
            }
            return java.util.Map.copyOf(byName);
        }
    };

    /** Returns the constant with a JSON name, or null when there is none. */
    public static <E extends Enum<E>> E enumOrNull(String text, Class<E> type) {
        Enum<?> constant = BY_JSON_NAME.get(type).get(text);
        return constant == null ? null : type.cast(constant);
    }

    public static <E extends Enum<E>> E toEnum(String text, PointerPath pointer, Class<E> type) {
        Enum<?> constant = BY_JSON_NAME.get(type).get(text);
        if (constant != null) {
            return type.cast(constant);
        }
        throw new JsonFailure(pointer, "unknown value \"" + PointerText.abbreviate(text) + "\" (expected one of: "
                + Stream.of(type.getEnumConstants()).map(PropertyReader::jsonName).collect(Collectors.joining(", "))
                + ")", null);
    }

    /** Each enum's JSON names by ordinal, computed once per enum type. */
    private static final ClassValue<String[]> JSON_NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT).replace('_', '-');
            }
            return names;
        }
    };

    /** Returns an enum constant's JSON name: lower case, words joined by hyphens. */
    public static String jsonName(Enum<?> constant) {
        return JSON_NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    public static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "the number " + PointerText.abbreviate(v.asText());
            case BOOLEAN -> v.booleanValue() ? "true" : "false";
            case NULL -> "null";
            default -> "a " + v.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
