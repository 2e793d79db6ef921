package org.clustermeet.json.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The document's spelling of enumeration constants, one rule for all: the constant's name in
 * lower case, words joined by hyphens ({@code WORLD_CAFE} is {@code "world-cafe"}). Computed once
 * per enum type.
 */
public final class EnumNames {

    private static final ClassValue<Map<String, Enum<?>>> BY_NAME = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(spell((Enum<?>) constant), (Enum<?>) constant);
            }
            return Map.copyOf(byName);
        }
    };

    private static final ClassValue<String[]> NAMES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] names = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                names[i] = spell((Enum<?>) constants[i]);
            }
            return names;
        }
    };

    private EnumNames() {
    }

    private static String spell(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Returns a constant's name in the document.
     *
     * @param constant the constant, not null
     * @return its JSON name
     */
    public static String of(Enum<?> constant) {
        return NAMES.get(constant.getDeclaringClass())[constant.ordinal()];
    }

    /**
     * Returns the constant with a JSON name; the constant's name ({@code CLUSTER_MANAGER}) and
     * other cases are read too.
     *
     * @param text the JSON name, not null
     * @param type the enum type, not null
     * @param <E>  the enum type
     * @return the constant, or null when there is none
     */
    public static <E extends Enum<E>> E find(String text, Class<E> type) {
        Enum<?> constant = BY_NAME.get(type).get(text);
        if (constant == null) {
            // the constant's own name, or another case, is read too: one spelling is written, any is read
            constant = BY_NAME.get(type).get(text.toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return constant == null ? null : type.cast(constant);
    }

    /**
     * Returns the constant with a JSON name, or fails naming every accepted value.
     *
     * @param text    the JSON name, not null
     * @param pointer where the value is, for the failure
     * @param type    the enum type, not null
     * @param <E>     the enum type
     * @return the constant
     * @throws JsonFailure if there is none
     */
    public static <E extends Enum<E>> E require(String text, PointerPath pointer, Class<E> type) {
        E constant = find(text, type);
        if (constant == null) {
            throw new JsonFailure(pointer, "unknown value \"" + PointerText.abbreviate(text) + "\" (expected one of: "
                    + Stream.of(NAMES.get(type)).collect(Collectors.joining(", ")) + ")", null);
        }
        return constant;
    }
}
