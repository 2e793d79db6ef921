package org.clustermeet.core.value;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.clustermeet.core.internal.Texts;

/**
 * A text in one or more languages, keyed by BCP 47 language tag ({@code "en"}, {@code "pl"}).
 *
 * <p>At least one entry is required. {@link #get(Locale)} looks up the requested language, then
 * English, then the first entry by tag. Immutable and thread-safe.
 *
 * @param texts language tag to text, at least one entry, not null
 */
public record LocalizedText(Map<String, String> texts) {

    /** The tag of the fallback language. */
    public static final String ENGLISH = "en";

    /**
     * Tags already checked, with their normal form: parsing a tag is the costly part of reading
     * texts, and a registry uses few languages. Bounded, so that odd input cannot grow it.
     */
    private static final Map<String, String> NORMALISED_TAGS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_TAGS = 512;
    private static final int MAX_CACHED_TAG_LENGTH = 16;

    /**
     * Validates and snapshots the entries; tags are normalised ({@code "EN"} becomes {@code "en"}).
     *
     * @param texts language tag to text, at least one entry, not null
     * @throws NullPointerException     if the map, a tag or a text is null
     * @throws IllegalArgumentException if the map is empty, a tag is ill-formed, two tags normalise
     *                                  to the same one, or a text is blank
     */
    public LocalizedText {
        Objects.requireNonNull(texts, "texts");
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("localized text needs at least one language");
        }
        if (texts.size() == 1) {
            // most texts have one language: a one-entry map holds a fifth of what a sorted map does,
            // and building no sorted map on the way makes reading names cheaper
            Map.Entry<String, String> only = texts.entrySet().iterator().next();
            String tag = normaliseTag(only.getKey());
            checkedText(tag, only.getValue());
            // Map.copyOf keeps a map that is already immutable, such as the one of(tag, text) makes
            texts = tag.equals(only.getKey()) ? Map.copyOf(texts) : Map.of(tag, only.getValue());
        } else {
            texts = normalised(texts);
        }
    }

    private static String checkedText(String tag, String text) {
        if (text == null || !Texts.isFreeText(text)) {
            Texts.requireText("text[" + tag + "]", text); // throws, naming the language
        }
        return text;
    }

    private static Map<String, String> normalised(Map<String, String> texts) {
        TreeMap<String, String> normalised = new TreeMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String tag = normaliseTag(e.getKey());
            if (normalised.put(tag, checkedText(tag, e.getValue())) != null) {
                throw new IllegalArgumentException("language tag " + tag + " occurs twice in localized text");
            }
        }
        return java.util.Collections.unmodifiableMap(normalised);
    }

    /**
     * Returns a text in one language.
     *
     * @param languageTag a BCP 47 tag such as {@code "en"}, not null
     * @param text        the text, not blank
     * @return the localized text
     */
    public static LocalizedText of(String languageTag, String text) {
        return new LocalizedText(Map.of(languageTag, text));
    }

    /**
     * Returns a text in English only.
     *
     * @param text the English text, not blank
     * @return the localized text
     */
    public static LocalizedText english(String text) {
        return of(ENGLISH, text);
    }

    /**
     * Returns a text with several languages.
     *
     * @param texts language tag to text, at least one entry, not null
     * @return the localized text
     */
    public static LocalizedText of(Map<String, String> texts) {
        return new LocalizedText(texts);
    }

    /**
     * Returns a copy with one more language, or with the text of that language replaced.
     *
     * @param languageTag the BCP 47 tag, not null
     * @param text        the text, not blank
     * @return the changed copy
     */
    public LocalizedText with(String languageTag, String text) {
        TreeMap<String, String> copy = new TreeMap<>(texts);
        copy.put(normaliseTag(languageTag), text);
        return new LocalizedText(copy);
    }

    /**
     * Returns the text for a locale: the exact tag, else the locale's language, else English,
     * else the first entry by tag.
     *
     * @param locale the wanted locale, not null
     * @return the best text, never null
     */
    public String get(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String exact = texts.get(locale.toLanguageTag());
        if (exact != null) {
            return exact;
        }
        String language = texts.get(locale.getLanguage());
        if (language != null) {
            return language;
        }
        return english();
    }

    /** {@return the English text, or the first entry by tag when there is no English one} */
    public String english() {
        String en = texts.get(ENGLISH);
        return en != null ? en : texts.values().iterator().next();
    }

    /** {@return the English text (or the fallback), for logs and messages} */
    @Override
    public String toString() {
        return english();
    }

    private static String normaliseTag(String tag) {
        Objects.requireNonNull(tag, "language tag");
        String known = NORMALISED_TAGS.get(tag);
        if (known != null) {
            return known;
        }
        String normalised = parseTag(tag);
        if (tag.length() <= MAX_CACHED_TAG_LENGTH && NORMALISED_TAGS.size() < MAX_CACHED_TAGS) {
            NORMALISED_TAGS.put(tag, normalised);
        }
        return normalised;
    }

    private static String parseTag(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllegalArgumentException("Invalid language tag (needs a language): \""
                        + Texts.abbreviate(tag) + "\"");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("Invalid language tag (BCP 47, e.g. en or pl): \""
                    + Texts.abbreviate(tag) + "\"", e);
        }
    }

    /**
     * Checks and normalises a BCP 47 language tag, as used for event languages.
     *
     * @param tag the tag, not null
     * @return the normalised tag ({@code "EN"} becomes {@code "en"})
     * @throws IllegalArgumentException if the tag is ill-formed or has no language
     */
    public static String languageTag(String tag) {
        return normaliseTag(tag);
    }
}
