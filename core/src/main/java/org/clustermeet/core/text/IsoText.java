package org.clustermeet.core.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Parses and writes the ISO-8601 texts of clustermeet's documents and spreadsheets, fast: reading
 * a file of many records spends much of its time on dates otherwise. The shapes this library
 * writes (for example {@code 2019-12-04}, {@code 2019-12-04T09:00:00+01:00}, {@code 2019-11-20T08:30:00Z}) are read
 * digit by digit; anything else, and anything those shapes cannot hold (a 13th month), goes to
 * {@code java.time}'s own parser, so the accepted texts, the values and the error messages are
 * exactly those of {@link LocalDate#parse}, {@link OffsetDateTime#parse} and {@link Instant#parse}.
 */
public final class IsoText {

    /** The first day whose date is shared, and how many days are. */
    private static final long FIRST_SHARED_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final int SHARED_DAYS = (int) (LocalDate.of(2100, 1, 1).toEpochDay() - FIRST_SHARED_DAY);

    /**
     * One date object per day read from 1900 to 2099: a registry's dates repeat (labels awarded
     * on one day, members counted on another), and a date is a value, so equal ones can be one
     * object. 73,000 references, filled as days are read.
     */
    private static final AtomicReferenceArray<LocalDate> SHARED = new AtomicReferenceArray<>(SHARED_DAYS);

    private IsoText() {
    }

    /**
     * Parses a date like {@link LocalDate#parse(CharSequence)}.
     *
     * @param text the text, not null
     * @return the date
     * @throws java.time.format.DateTimeParseException if the text is not an ISO local date
     */
    public static LocalDate date(String text) {
        if (text.length() == 10 && dateShape(text, 0)) {
            try {
                return shared(LocalDate.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2)));
            } catch (DateTimeException e) {
                // not a real date: let java.time say why
            }
        }
        return LocalDate.parse(text);
    }

    private static LocalDate shared(LocalDate date) {
        long index = date.toEpochDay() - FIRST_SHARED_DAY;
        if (index < 0 || index >= SHARED_DAYS) {
            return date;
        }
        LocalDate known = SHARED.get((int) index);
        if (known != null) {
            return known;
        }
        return SHARED.compareAndSet((int) index, null, date) ? date : SHARED.get((int) index);
    }

    /**
     * Parses an instant like {@link Instant#parse(CharSequence)}.
     *
     * @param text the text, not null
     * @return the instant
     * @throws java.time.format.DateTimeParseException if the text is not an ISO instant
     */
    public static Instant instant(String text) {
        if (text.length() == 20 && dateTimeShape(text) && text.charAt(19) == 'Z') {
            try {
                return localDateTime(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                // hour 24, a leap second or no such day: java.time decides
            }
        }
        return Instant.parse(text);
    }

    /**
     * Parses a date and time with an offset like {@link OffsetDateTime#parse(CharSequence)}.
     *
     * @param text the text, not null
     * @return the date and time
     * @throws java.time.format.DateTimeParseException if the text is not an ISO offset date-time
     */
    public static OffsetDateTime offsetDateTime(String text) {
        if (text.length() == 25 && dateTimeShape(text) && (text.charAt(19) == '+' || text.charAt(19) == '-')
                && isDigits(text, 20, 2) && text.charAt(22) == ':' && isDigits(text, 23, 2)) {
            int sign = text.charAt(19) == '-' ? -1 : 1;
            try {
                return OffsetDateTime.of(localDateTime(text),
                        ZoneOffset.ofHoursMinutes(sign * digits(text, 20, 2), sign * digits(text, 23, 2)));
            } catch (DateTimeException e) {
                // out of range: java.time decides
            }
        }
        return OffsetDateTime.parse(text);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss} at the start of the text. */
    private static boolean dateTimeShape(String text) {
        return dateShape(text, 0) && text.charAt(10) == 'T' && isDigits(text, 11, 2) && text.charAt(13) == ':'
                && isDigits(text, 14, 2) && text.charAt(16) == ':' && isDigits(text, 17, 2);
    }

    private static LocalDateTime localDateTime(String text) {
        return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 2), digits(text, 8, 2), digits(text, 11, 2),
                digits(text, 14, 2), digits(text, 17, 2));
    }

    /** {@code yyyy-MM-dd} from {@code at}. */
    private static boolean dateShape(String text, int at) {
        return isDigits(text, at, 4) && text.charAt(at + 4) == '-' && isDigits(text, at + 5, 2)
                && text.charAt(at + 7) == '-' && isDigits(text, at + 8, 2);
    }

    private static boolean isDigits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /**
     * Writes a date as {@link LocalDate#toString()} does, into {@code out} from index 0.
     *
     * @param date the date, not null
     * @param out  at least 10 characters
     * @return the number of characters written, or -1 for years outside 0 to 9999, which
     *         {@code toString()} writes with a sign
     */
    public static int formatDate(LocalDate date, char[] out) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return -1;
        }
        put(out, 0, year, 4);
        out[4] = '-';
        put(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        put(out, 8, date.getDayOfMonth(), 2);
        return 10;
    }

    /**
     * Writes an instant as {@link Instant#toString()} does, into {@code out} from index 0.
     *
     * @param instant the instant, not null
     * @param out     at least 20 characters
     * @return the number of characters written, or -1 for instants with a fraction of a second or
     *         outside the years 0 to 9999, which {@code toString()} writes differently
     */
    public static int formatInstant(Instant instant, char[] out) {
        if (instant.getNano() != 0 || instant.getEpochSecond() < MIN_SECOND || instant.getEpochSecond() > MAX_SECOND) {
            return -1;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        formatDate(t.toLocalDate(), out);
        out[10] = 'T';
        put(out, 11, t.getHour(), 2);
        out[13] = ':';
        put(out, 14, t.getMinute(), 2);
        out[16] = ':';
        put(out, 17, t.getSecond(), 2);
        out[19] = 'Z';
        return 20;
    }

    private static final long MIN_SECOND = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long MAX_SECOND = LocalDateTime.of(9999, 12, 31, 23, 59, 59).toEpochSecond(ZoneOffset.UTC);

    private static void put(char[] out, int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
