package org.clustermeet.core.value;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the constant of an enum from what a person typed: its document spelling
 * ({@code cluster-manager}, as the JSON document writes it), its name ({@code CLUSTER_MANAGER}) or
 * its label ({@code cluster manager}), ignoring case and treating space, hyphen and underscore
 * alike. The one place where readers of spreadsheets and command lines turn words into constants;
 * make one per enum and keep it. Messages, help and exports write the document spelling
 * ({@link #document(Enum)}). Immutable and thread-safe.
 *
 * @param <E> the enum type
 */
public final class Spelling<E extends Enum<E>> {

    private final Map<String, E> byWord;
    /** The document spellings as written, looked up before anything is folded: what files mostly hold. */
    private final Map<String, E> byDocumentSpelling;
    private final String what;
    private final String known;

    private Spelling(Class<E> type, Function<E, String> label, String what) {
        Map<String, E> words = new HashMap<>();
        Map<String, E> documentSpellings = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            documentSpellings.put(document(constant), constant);
            words.put(fold(constant.name()), constant);
            words.put(fold(label.apply(constant)), constant);
        }
        this.byWord = Map.copyOf(words);
        this.byDocumentSpelling = Map.copyOf(documentSpellings);
        this.what = what;
        this.known = Stream.of(type.getEnumConstants()).map(Spelling::document).collect(Collectors.joining(", "));
    }

    /**
     * Returns the spelling of an enum's constants.
     *
     * @param type  the enum, not null
     * @param label the label of each constant, not null
     * @param what  what a constant is, in words, for messages (for example {@code role}); not null
     * @param <E>   the enum type
     * @return the spelling
     */
    public static <E extends Enum<E>> Spelling<E> of(Class<E> type, Function<E, String> label, String what) {
        return new Spelling<>(Objects.requireNonNull(type, "type"), Objects.requireNonNull(label, "label"),
                Objects.requireNonNull(what, "what"));
    }

    /**
     * Returns a constant as the JSON document spells it: its name in lower case, hyphens for
     * underscores ({@code CLUSTER_MANAGER} is {@code cluster-manager}).
     *
     * @param constant the constant, not null
     * @return its document spelling
     */
    public static String document(Enum<?> constant) {
        return Objects.requireNonNull(constant, "constant").name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@return the document spelling of every constant, in declaration order, as messages list them} */
    public String known() {
        return known;
    }

    /**
     * Reads a constant.
     *
     * @param text what was typed, not null
     * @return the constant
     * @throws IllegalArgumentException naming the text and every constant's document spelling, if
     *                                  no constant matches
     */
    public E parse(String text) {
        E constant = byDocumentSpelling.get(Objects.requireNonNull(text, "text"));
        if (constant == null) {
            constant = byWord.get(fold(text));
        }
        if (constant == null) {
            throw new IllegalArgumentException("unknown " + what + " \"" + text + "\" (known: " + known + ")");
        }
        return constant;
    }

    private static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    }
}
