package org.clustermeet.core.value;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the constant of an enum from what a person typed: its label ({@code cluster manager}) or
 * its name ({@code CLUSTER_MANAGER}), ignoring case and treating space, hyphen and underscore
 * alike, so that {@code cluster-manager} is read too. The one place where readers of
 * spreadsheets and command lines turn words into constants. Thread-safe.
 */
public final class Spelling {

    private Spelling() {
    }

    /**
     * Reads a constant.
     *
     * @param type  the enum, not null
     * @param text  what was typed, not null
     * @param label the label of each constant, not null
     * @param what  what the constant is, in words, for the message (for example {@code role})
     * @param <E>   the enum type
     * @return the constant
     * @throws IllegalArgumentException naming the text and every label, if no constant matches
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, Function<E, String> label, String what) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        String wanted = fold(text);
        return Stream.of(type.getEnumConstants())
                .filter(c -> fold(c.name()).equals(wanted) || fold(label.apply(c)).equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " \"" + text + "\" (known: "
                        + Stream.of(type.getEnumConstants()).map(label).collect(Collectors.joining(", ")) + ")"));
    }

    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }
}
