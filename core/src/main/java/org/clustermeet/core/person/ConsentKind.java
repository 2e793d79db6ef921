package org.clustermeet.core.person;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person may consent to, and withdraw at any time: that their name is published (public
 * lists, pages, calendars, badges), and that they are contacted (the mails about their invitations
 * and registrations).
 */
public enum ConsentKind {
    /** Their name may appear in public output; without it, "a participant from ORGANISATION". */
    PUBLISH_NAME,
    /** They may be sent mails. */
    CONTACT;

    /** {@return the kind as documents, commands and the history spell it: {@code publish-name}, {@code contact}} */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads a kind as {@link #spelling()} writes it.
     *
     * @param text the spelling, not null
     * @return the kind, or empty for any other text
     */
    public static Optional<ConsentKind> parse(String text) {
        for (ConsentKind k : values()) {
            if (k.spelling().equals(text)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
