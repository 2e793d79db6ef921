package org.clustermeet.json.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.LabelId;
import org.clustermeet.core.id.OrganisationId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.text.Unicode;
import org.clustermeet.core.value.LocalizedText;
import org.clustermeet.json.internal.EnumNames;
import org.clustermeet.json.internal.JsonFailure;
import org.clustermeet.json.internal.PointerPath;
import org.clustermeet.json.internal.PointerText;

/**
 * Reads typed values from Jackson's parser, strictly: no nulls, no coercion, every failure with
 * the JSON Pointer of the offending value and a message that says what was expected and what was
 * found. The entity readers build on it; they pass the pointer of the object they read, and each
 * value's pointer is that object's pointer and the property's name.
 */
final class TokenReader {

    /** A parser of a text form, such as {@code LocalDate::parse}. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String text);
    }

    /** A reader of an array element that starts with the given token, at its pointer. */
    @FunctionalInterface
    interface Element<T> {
        T read(JsonToken first, PointerPath at) throws IOException;
    }

    /** A constructor call that may throw IllegalArgumentException. */
    @FunctionalInterface
    interface Build<T> {
        T build();
    }

    /** Most digits of a decimal before, and after, its point. */
    static final int DECIMAL_DIGITS = 15;

    final JsonParser parser;
    /** Identifiers shared by text within one read: a repeated reference costs no string and no check. */
    final IdTable<OrganisationId> organisationIds = new IdTable<>(OrganisationId.class, OrganisationId::of);
    final IdTable<PersonId> personIds = new IdTable<>(PersonId.class, PersonId::of);
    final IdTable<EventId> eventIds = new IdTable<>(EventId.class, EventId::of);
    final IdTable<LabelId> labelIds = new IdTable<>(LabelId.class, LabelId::of);

    /**
     * The property names seen in each open object, by depth, to refuse a repeated property as the
     * parser's own duplicate detection would, without its hash set per object.
     */
    private String[][] seen = new String[16][];
    private int[] seenCount = new int[16];
    private int depth = -1;

    TokenReader(JsonParser parser) {
        this.parser = parser;
    }

    /** Starts tracking the property names of an object just opened. */
    private void enter() {
        depth++;
        if (depth == seen.length) {
            seen = java.util.Arrays.copyOf(seen, depth * 2);
            seenCount = java.util.Arrays.copyOf(seenCount, depth * 2);
        }
        if (seen[depth] == null) {
            seen[depth] = new String[16];
        }
        seenCount[depth] = 0;
    }

    // ------------------------------------------------------------------ objects

    /** Checks that a value starts an object. */
    void startObject(JsonToken first, PointerPath at) throws IOException {
        if (first != JsonToken.START_OBJECT) {
            throw new JsonFailure(at, "expected an object, found " + describe(first), null);
        }
        enter();
    }

    /**
     * Moves to the next property of the current object; returns null at its end.
     *
     * @throws JsonParseException for a property the object already has, as the parser reports it
     */
    String nextField() throws IOException {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.END_OBJECT) {
            depth--;
            return null;
        }
        String name = parser.currentName();
        String[] names = seen[depth];
        int count = seenCount[depth];
        int hash = name.hashCode();
        for (int i = 0; i < count; i++) {
            // names are usually interned by the parser, and their hash codes are cached
            if (names[i] == name || (names[i].hashCode() == hash && names[i].equals(name))) {
                throw new JsonParseException(parser, "Duplicate field '" + name + "'");
            }
        }
        if (count == names.length) {
            names = java.util.Arrays.copyOf(names, count * 2);
            seen[depth] = names;
        }
        names[count] = name;
        seenCount[depth] = count + 1;
        return name;
    }

    /**
     * Skips the value of a property this object does not have; a skipped string is still decoded,
     * so that the length limits apply to it as to every other string.
     */
    void skipValue() throws IOException {
        int nesting = 0;
        do {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                wellFormed(PointerPath.ROOT);
            } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                nesting++;
            } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                nesting--;
            }
        } while (nesting > 0);
    }

    /** Fails for the first property an object does not have, if there was one. */
    static void noUnknown(PointerPath object, String unknown) {
        if (unknown != null) {
            throw new JsonFailure(object.child(unknown), "unknown property \"" + PointerText.abbreviate(unknown) + "\"",
                    null);
        }
    }

    /** {@return a required property's value, or fails at its object} */
    static <T> T require(T value, PointerPath object, String name) {
        if (value == null) {
            throw new JsonFailure(object, "missing required property \"" + name + "\"", null);
        }
        return value;
    }

    /** Runs a core constructor, turning its refusal into a failure at a pointer. */
    static <T> T build(PointerPath at, Build<T> build) {
        try {
            return build.build();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JsonFailure(at, e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ values of properties

    /** Reads the next token as a property's value, refusing null. */
    JsonToken value(PointerPath object, String name) throws IOException {
        JsonToken t = parser.nextToken();
        if (t == JsonToken.VALUE_NULL) {
            throw new JsonFailure(object.child(name), "null is not allowed for \"" + name
                    + "\" (omit an optional property instead)", null);
        }
        return t;
    }

    /** Reads a property's value as the start of an object. */
    void object(PointerPath object, String name) throws IOException {
        startObject(value(object, name), object.child(name));
    }

    String string(PointerPath object, String name) throws IOException {
        JsonToken t = value(object, name);
        if (t != JsonToken.VALUE_STRING) {
            throw notAString(t, object.child(name));
        }
        return wellFormed(object.child(name));
    }

    <T> T parsed(PointerPath object, String name, Parser<T> parser) throws IOException {
        String text = string(object, name);
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw refused(text, object.child(name), e);
        }
    }

    <I> I id(PointerPath object, String name, IdTable<I> table) throws IOException {
        JsonToken t = value(object, name);
        if (t != JsonToken.VALUE_STRING) {
            throw notAString(t, object.child(name));
        }
        try {
            return table.get(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        } catch (IllegalArgumentException e) {
            throw new JsonFailure(object.child(name), e.getMessage(), e);
        }
    }

    int integer(PointerPath object, String name, int min, int max) throws IOException {
        JsonToken t = value(object, name);
        if (t != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
                || parser.getIntValue() < min || parser.getIntValue() > max) {
            throw new JsonFailure(object.child(name), "expected an integer from " + min + " to " + max + ", found "
                    + describe(t), null);
        }
        return parser.getIntValue();
    }

    long longInteger(PointerPath object, String name, long min) throws IOException {
        JsonToken t = value(object, name);
        if (t != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                || parser.getLongValue() < min) {
            throw new JsonFailure(object.child(name), "expected an integer of at least " + min + ", found "
                    + describe(t), null);
        }
        return parser.getLongValue();
    }

    /**
     * Reads a decimal of at most {@value #DECIMAL_DIGITS} digits before and after the point. The
     * range is checked on the text, exponent included, before any arithmetic: {@code 1e999999999}
     * costs what its eleven characters cost.
     */
    BigDecimal decimal(PointerPath object, String name) throws IOException {
        JsonToken t = value(object, name);
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw new JsonFailure(object.child(name), "expected a number, found " + describe(t), null);
        }
        String text = parser.getText();
        BigDecimal value = boundedDecimal(text);
        if (value == null) {
            throw new JsonFailure(object.child(name), "the number " + PointerText.abbreviate(text) + " is out of range "
                    + "(at most " + DECIMAL_DIGITS + " digits before and " + DECIMAL_DIGITS + " after the decimal point)",
                    null);
        }
        return value;
    }

    /** {@return a JSON number's value, or null when it is out of the decimal range} */
    static BigDecimal boundedDecimal(String text) {
        int e = Math.max(text.indexOf('e'), text.indexOf('E'));
        if (e >= 0) {
            // JSON's grammar: an optional sign and digits; an exponent of 1000 or more is out of range
            int first = e + 1 + (text.charAt(e + 1) == '-' || text.charAt(e + 1) == '+' ? 1 : 0);
            while (first < text.length() - 1 && text.charAt(first) == '0') {
                first++;
            }
            if (text.length() - first > 3) {
                return null;
            }
        }
        BigDecimal value = new BigDecimal(text);
        int integerDigits = value.precision() - value.scale();
        if (value.signum() != 0 && integerDigits > DECIMAL_DIGITS || value.scale() > DECIMAL_DIGITS) {
            return null;
        }
        return value;
    }

    boolean bool(PointerPath object, String name) throws IOException {
        JsonToken t = value(object, name);
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        throw new JsonFailure(object.child(name), "expected true or false, found " + describe(t), null);
    }

    <E extends Enum<E>> E enumValue(PointerPath object, String name, Class<E> type) throws IOException {
        String text = string(object, name);
        E constant = EnumNames.find(text, type);
        return constant != null ? constant : EnumNames.require(text, object.child(name), type);
    }

    /** Reads localized text: an object of language tag to text, such as {@code {"en": "..."}}. */
    LocalizedText text(PointerPath object, String name) throws IOException {
        return textAt(value(object, name), object.child(name));
    }

    /** Reads localized text that starts with the given token. */
    LocalizedText textAt(JsonToken t, PointerPath at) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw new JsonFailure(at, "expected an object of language tag to text, such as {\"en\": \"...\"}, found "
                    + describe(t), null);
        }
        enter();
        Map<String, String> texts = new LinkedHashMap<>(4);
        String tag;
        while ((tag = nextField()) != null) {
            texts.put(tag, asString(parser.nextToken(), at.child(tag)));
        }
        return build(at, () -> LocalizedText.of(texts));
    }

    // ------------------------------------------------------------------ arrays

    /** Reads an array property, each element with its reader and pointer; null elements are refused. */
    <T> List<T> array(PointerPath object, String name, Element<T> element) throws IOException {
        PointerPath at = object.child(name);
        JsonToken t = value(object, name);
        if (t != JsonToken.START_ARRAY) {
            throw new JsonFailure(at, "expected an array, found " + describe(t), null);
        }
        List<T> out = new ArrayList<>();
        int i = 0;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            PointerPath ep = at.child(i++);
            if (t == JsonToken.VALUE_NULL) {
                throw new JsonFailure(ep, "null is not allowed in \"" + name + "\"", null);
            }
            out.add(element.read(t, ep));
        }
        return out;
    }

    <T> List<T> strings(PointerPath object, String name, Parser<T> parser) throws IOException {
        return array(object, name, (t, at) -> parse(asString(t, at), at, parser));
    }

    <I> List<I> ids(PointerPath object, String name, IdTable<I> table) throws IOException {
        return array(object, name, (t, at) -> {
            asString(t, at);
            return tableId(table, at);
        });
    }

    /**
     * Reads an enumeration value whose default the canonical form leaves out, refusing the default
     * written out, so that every document read is written back unchanged.
     *
     * @param omitted the default value, never written
     * @param when    completes "leave NAME out ...", saying when the default applies
     */
    <E extends Enum<E>> E nonDefault(PointerPath object, String name, Class<E> type, E omitted, String when)
            throws IOException {
        E value = enumValue(object, name, type);
        if (value == omitted) {
            throw new JsonFailure(object.child(name), "leave \"" + name + "\" out " + when, null);
        }
        return value;
    }

    <E extends Enum<E>> List<E> enums(PointerPath object, String name, Class<E> type) throws IOException {
        return array(object, name, (t, at) -> EnumNames.require(asString(t, at), at, type));
    }

    // ------------------------------------------------------------------ helpers

    /** The current token as text, refusing anything but a string. */
    String asString(JsonToken t, PointerPath at) throws IOException {
        if (t != JsonToken.VALUE_STRING) {
            throw notAString(t, at);
        }
        return wellFormed(at);
    }

    /**
     * The current string token's text, refused when it is not well-formed Unicode: an unpaired
     * surrogate or a NUL could be read but not stored and read back.
     */
    String wellFormed(PointerPath at) throws IOException {
        String text = parser.getText();
        OptionalInt fault = Unicode.firstFault(text);
        if (fault.isPresent()) {
            throw new JsonFailure(at, "the string holds " + (text.charAt(fault.getAsInt()) == 0 ? "a " : "an ")
                    + Unicode.describeFault(text, fault.getAsInt()) + " at index " + fault.getAsInt() + ": \""
                    + PointerText.abbreviate(text) + "\"", null);
        }
        return text;
    }

    private JsonFailure notAString(JsonToken t, PointerPath at) throws IOException {
        return new JsonFailure(at, "expected a string, found " + describe(t), null);
    }

    /** The identifier of the current string token, shared through the table. */
    private <I> I tableId(IdTable<I> table, PointerPath at) throws IOException {
        try {
            return table.get(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        } catch (IllegalArgumentException e) {
            throw new JsonFailure(at, e.getMessage(), e);
        }
    }

    /** Parses a text form, turning its refusal into a failure at a pointer. */
    static <T> T parse(String text, PointerPath at, Parser<T> parser) {
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw refused(text, at, e);
        }
    }

    /** The failure for a text that its parser refused. */
    private static JsonFailure refused(String text, PointerPath at, RuntimeException e) {
        String reason = e instanceof DateTimeException
                ? "invalid date or time \"" + PointerText.abbreviate(text) + "\" (expected ISO-8601)"
                : e.getMessage();
        return new JsonFailure(at, reason, e);
    }

    /** Describes the current token for messages: "a string", "the number 42", "an object". */
    String describe(JsonToken t) throws IOException {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + PointerText.abbreviate(parser.getText());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> "a " + t.name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
