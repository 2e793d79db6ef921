package org.clustermeet.interop.ical;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A VTIMEZONE for a zone, built from the JDK's zone rules for the years an export spans: the
 * observance in force at the start of the first year, then one observance per transition up to
 * the end of the last year, each with its local start, offsets and name.
 */
final class TimeZones {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private TimeZones() {
    }

    /**
     * Writes the VTIMEZONE of a zone for a range of years.
     *
     * @param lines     where to write
     * @param zone      a region zone (not a bare offset)
     * @param firstYear the first year the export uses
     * @param lastYear  the last year the export uses
     */
    static void write(ContentLines lines, ZoneId zone, int firstYear, int lastYear) throws IOException {
        ZoneRules rules = zone.getRules();
        Instant from = LocalDateTime.of(firstYear, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).minusSeconds(14 * 3600);
        Instant until = LocalDateTime.of(lastYear + 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).plusSeconds(14 * 3600);
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition before = rules.previousTransition(from);
        if (before != null) {
            transitions.add(before);
        }
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(until);
             t = rules.nextTransition(t.getInstant())) {
            transitions.add(t);
        }
        lines.line("BEGIN", "VTIMEZONE");
        lines.line("TZID", zone.getId());
        if (transitions.isEmpty()) {
            ZoneOffset offset = rules.getOffset(from);
            observance(lines, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset);
        }
        for (ZoneOffsetTransition t : transitions) {
            boolean daylight = rules.isDaylightSavings(t.getInstant());
            observance(lines, daylight ? "DAYLIGHT" : "STANDARD", t.getDateTimeBefore(), t.getOffsetBefore(),
                    t.getOffsetAfter());
        }
        lines.line("END", "VTIMEZONE");
    }

    private static void observance(ContentLines lines, String kind, LocalDateTime start, ZoneOffset from,
                                   ZoneOffset to) throws IOException {
        lines.line("BEGIN", kind);
        lines.line("DTSTART", LOCAL.format(start));
        lines.line("TZOFFSETFROM", offset(from));
        lines.line("TZOFFSETTO", offset(to));
        lines.line("END", kind);
    }

    /** An offset as UTC-OFFSET: +HHMM, or +HHMMSS when it has seconds. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format(java.util.Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600,
                abs / 60 % 60);
        return abs % 60 == 0 ? text : text + String.format(java.util.Locale.ROOT, "%02d", abs % 60);
    }
}
