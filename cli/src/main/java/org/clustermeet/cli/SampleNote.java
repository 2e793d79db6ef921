package org.clustermeet.cli;

import java.util.Locale;

/**
 * The lines printed under every report of the Brussels 2019 sample, so that its invented data is
 * never taken for fact: what is illustrative and what is real.
 */
public final class SampleNote {

    private SampleNote() {
    }

    /**
     * Returns the lines printed under sample-data reports in a language.
     *
     * @param locale the language (Polish for {@code pl}, else English), not null
     * @return the note, several lines without a final line break
     */
    public static String of(Locale locale) {
        if (Message.isPolish(locale)) {
            return String.join(System.lineSeparator(),
                    "Uwaga: próbka jest częściowo przykładowa, wymyślona tak, by zgadzały się sumy z artykułu. "
                            + "Przykładowe, nie fakty:",
                    "  - organizacje i osoby o nazwach \"Illustrative ...\", a więc kraje, podział pozostałych "
                            + "uczestników według ról i wypisane wyżej ekosystemy przemysłowe;",
                    "  - wszystkie liczby członków i MŚP, a więc „Reprezentowane MŚP” (artykuł podaje tylko "
                            + "„ponad 6 500”);",
                    "  - czasy rejestracji, wyniki oceny GOLD i sześć z dziewięciu zaproponowanych tematów.",
                    "Prawdziwe: wydarzenie, jego sesje, trzy wymienione tematy, Krzysztof Krystowski, poziom 50 "
                            + "certyfikatów GOLD i liczby oznaczone „według źródła”.");
        }
        return String.join(System.lineSeparator(),
                "Note: the sample is partly illustrative, invented to match the news item's totals. Illustrative, "
                        + "not facts:",
                "  - the organisations and people named \"Illustrative ...\", and so the countries, the split of "
                        + "other participants by role and the industrial ecosystems printed above;",
                "  - every member and SME count, and so \"SMEs represented\" (the news item states only "
                        + "\"more than 6,500\");",
                "  - registration times, Gold scores and six of the nine proposed topics.",
                "Real: the event, its sessions, the three named topics, Krzysztof Krystowski, the 50 Gold labels' "
                        + "level and the figures marked \"stated\".");
    }
}
