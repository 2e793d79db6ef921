package org.clustermeet.core.person;

import java.util.Locale;

import org.clustermeet.core.internal.Texts;

/**
 * What kind of position a role is, beside its title in words, which may be in any language
 * ("Zastępczyni menedżera klastra" is a deputy manager): what lets a rule tell a cluster's manager
 * from a deputy, a board member or staff.
 */
public enum RoleKind {
    /** Runs the organisation day to day: a cluster manager, a managing director. */
    MANAGER("manager", "menedżer"),
    /** Stands in for the manager. */
    DEPUTY_MANAGER("deputy manager", "zastępca menedżera"),
    /** Presides over the organisation or its board. */
    PRESIDENT("president", "prezes"),
    /** Sits on the board. */
    BOARD_MEMBER("board member", "członek zarządu"),
    /** Works for the organisation. */
    STAFF("staff", "pracownik"),
    /** Advises or works with the organisation as an expert. */
    EXPERT("expert", "ekspert");

    private final String label;
    private final String polish;

    RoleKind(String label, String polish) {
        this.label = label;
        this.polish = polish;
    }

    /**
     * Returns the kind in words in a language: Polish for {@code pl}, else English.
     *
     * @param locale the language, not null
     * @return the kind in words
     */
    public String label(Locale locale) {
        return Texts.isPolish(locale) ? polish : label;
    }

    /** {@return the kind in English words, for messages and reports} */
    public String label() {
        return label;
    }
}
