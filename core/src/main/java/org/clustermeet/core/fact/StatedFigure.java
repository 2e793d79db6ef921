package org.clustermeet.core.fact;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.clustermeet.core.internal.Texts;

/**
 * A figure that a source states about an event, kept beside the figure the library computes so
 * that a report can show both: the news item of 8 December 2019 states "more than 6,500 SMEs",
 * "about 20" other participants and "nearly half of all Gold-labelled cluster organisations".
 * Immutable and thread-safe.
 *
 * @param figure    which report figure the source states, not null
 * @param qualifier how exact the source is, not null
 * @param value     the value stated, at least 0; a percentage for {@link Figure#SHARE_OF_GOLD_LABEL_HOLDERS}
 * @param items     what the source names, for {@link Figure#SECTORS} (in the source's words); else empty;
 *                  not null
 * @param source    where the figure is stated, not blank
 */
public record StatedFigure(Figure figure, StatedCount.Qualifier qualifier, long value, List<String> items,
                           String source) {

    /** The report figures a source may state. */
    public enum Figure {
        /** People taking part. */
        PARTICIPANTS,
        /** Cluster organisations represented (their managers). */
        CLUSTER_ORGANISATIONS,
        /** Countries of those cluster organisations. */
        COUNTRIES,
        /** SMEs those cluster organisations represent. */
        SMES_REPRESENTED,
        /** Participants who do not represent a cluster organisation. */
        OTHER_PARTICIPANTS,
        /** Topics proposed in the sessions. */
        PROPOSED_TOPICS,
        /** The share, in percent, of all Gold-label holders that the event represented. */
        SHARE_OF_GOLD_LABEL_HOLDERS,
        /** Sectors of the represented organisations, named in {@code items}. */
        SECTORS
    }

    /**
     * Validates the figure.
     *
     * @param figure    which report figure the source states, not null
     * @param qualifier how exact the source is, not null
     * @param value     the value stated, at least 0; a percentage for {@link Figure#SHARE_OF_GOLD_LABEL_HOLDERS}
     * @param items     what the source names, for {@link Figure#SECTORS} (in the source's words); else empty;
     *     not null
     * @param source    where the figure is stated, not blank
     * @throws NullPointerException     if an argument or item is null
     * @throws IllegalArgumentException if the value is negative, a share exceeds 100, items are
     *                                  given for another figure than SECTORS, or a text is blank
     */
    public StatedFigure {
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(qualifier, "qualifier");
        if (value < 0) {
            throw new IllegalArgumentException("Invalid value for stated " + figure + " (at least 0): " + value);
        }
        if (figure == Figure.SHARE_OF_GOLD_LABEL_HOLDERS && value > 100) {
            throw new IllegalArgumentException("Invalid value for stated " + figure + " (a percentage, at most 100): "
                    + value);
        }
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        items.forEach(i -> Texts.requireText("item of stated " + figure, i));
        if (!items.isEmpty() && figure != Figure.SECTORS) {
            throw new IllegalArgumentException("stated " + figure + " cannot name items; only SECTORS does");
        }
        Texts.requireText("source of stated " + figure, source);
    }

    /**
     * Returns a stated figure that names no items.
     *
     * @param figure    which report figure, not null
     * @param qualifier how exact the source is, not null
     * @param value     the value, at least 0
     * @param source    where it is stated, not blank
     * @return the figure
     */
    public static StatedFigure of(Figure figure, StatedCount.Qualifier qualifier, long value, String source) {
        return new StatedFigure(figure, qualifier, value, List.of(), source);
    }

    /**
     * Returns the value in English words with its qualifier: "more than 6,500", "nearly 50 %",
     * "at least 4: energy, health, automotive, agri-food".
     *
     * @return the value in words
     */
    public String describe() {
        return describe(Locale.UK);
    }

    /**
     * Returns the value in words in a language with its qualifier ("ponad 6 500" in Polish);
     * items stay in the source's words.
     *
     * @param locale the language (Polish for {@code pl}, else English), not null
     * @return the value in words
     */
    public String describe(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Locale numbers = Texts.isPolish(locale) ? locale : Locale.UK;
        String number = NumberFormat.getIntegerInstance(numbers).format(value);
        String text = qualifier.prefix(locale) + number + (figure == Figure.SHARE_OF_GOLD_LABEL_HOLDERS ? " %" : "");
        return items.isEmpty() ? text : text + ": " + String.join(", ", items);
    }
}
