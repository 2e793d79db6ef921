package org.clustermeet.core.label;

/**
 * The European Cluster Excellence Initiative label levels, in increasing order:
 * {@code BRONZE < SILVER < GOLD}.
 */
public enum LabelLevel {
    /** "Striving for Cluster Excellence": a benchmarking interview on 36 indicators. */
    BRONZE("Striving for Cluster Excellence"),
    /** "Dedicated to Cluster Excellence": a second benchmarking, three improvement areas, on-site audit. */
    SILVER("Dedicated to Cluster Excellence"),
    /** "Cluster Management Excellence Label GOLD": two assessors on site, 31 indicators, at least 80 %. */
    GOLD("Cluster Management Excellence Label GOLD");

    private final String title;

    LabelLevel(String title) {
        this.title = title;
    }

    /** {@return the label's official title} */
    public String title() {
        return title;
    }

    /**
     * Tells whether this level is the given one or higher.
     *
     * @param minimum the lowest acceptable level, not null
     * @return true when {@code this >= minimum}
     */
    public boolean isAtLeast(LabelLevel minimum) {
        return compareTo(minimum) >= 0;
    }
}
