package org.clustermeet.interop.ical;

import java.util.Locale;

/** The words a calendar export writes around the data, in English and Polish. */
enum IcalWords {
    /** Before the speakers of a session. */
    SPEAKERS("Speakers", "Prelegenci"),
    /** Before the chairs of a session. */
    CHAIRS("Chairs", "Prowadzący"),
    /** A speaker whose name may not be published. */
    A_SPEAKER("a speaker", "prelegent"),
    /** Where an online event takes place. */
    ONLINE("online", "online");

    private final String english;
    private final String polish;

    IcalWords(String english, String polish) {
        this.english = english;
        this.polish = polish;
    }

    /** {@return the word in a language: Polish for {@code pl}, else English} */
    String in(Locale locale) {
        return "pl".equals(locale.getLanguage()) ? polish : english;
    }
}
