package org.clustermeet.server.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of a page: Polish or English. A choice made on the page ({@code ?lang=pl}) wins;
 * then the invitation's language; then the browser's {@code Accept-Language}; then English.
 */
public final class Lang {

    /** Polish. */
    public static final Locale POLISH = Locale.forLanguageTag("pl");

    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, POLISH);

    private Lang() {
    }

    /**
     * Chooses the language of a page.
     *
     * @param query          the {@code lang} query parameter, or null
     * @param invitation     the invitation's language, if the page is an invitation's
     * @param acceptLanguage the {@code Accept-Language} header, or null
     * @return English or Polish
     */
    public static Locale choose(String query, Optional<Locale> invitation, String acceptLanguage) {
        Optional<Locale> asked = supported(query);
        if (asked.isPresent()) {
            return asked.get();
        }
        if (invitation.isPresent() && SUPPORTED.contains(invitation.get())) {
            return invitation.get();
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header chooses nothing
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * Reads a language the server speaks.
     *
     * @param tag a language tag, or null
     * @return English or Polish; empty for anything else
     */
    public static Optional<Locale> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return switch (tag.strip().toLowerCase(Locale.ROOT)) {
            case "pl" -> Optional.of(POLISH);
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }

    /**
     * @param locale a language
     * @return true for Polish
     */
    public static boolean isPolish(Locale locale) {
        return POLISH.getLanguage().equals(locale.getLanguage());
    }
}
