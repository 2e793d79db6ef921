package org.clustermeet.core.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * When an event takes place: either exact times ({@link Timed}) or, where the times are unknown,
 * the days it covers ({@link Days}), as for the Brussels meeting of 4 December 2019.
 */
public sealed interface EventSchedule {

    /** {@return the first day, in the event's own zone where times are known} */
    LocalDate firstDay();

    /** {@return the last day, in the event's own zone where times are known} */
    LocalDate lastDay();

    /**
     * Returns the instant the event starts: its start time where times are known; for whole days,
     * the start of the first day in UTC (whole-day events record no zone; an organiser who needs
     * the local hour gives times, or an explicit {@link RegistrationWindow}).
     *
     * @return the instant the event starts
     */
    Instant startsAt();

    /**
     * Returns the instant the event starts, with the zone in which whole days are counted: its
     * start time where times are known (they carry their zone); for whole days, midnight at the
     * start of the first day in that zone.
     *
     * @param zoneOfDays the zone of the place where the days are counted, not null
     * @return the instant the event starts
     */
    Instant startsAt(ZoneId zoneOfDays);

    /**
     * Tells whether a session slot lies inside the event.
     *
     * @param slot the slot, not null
     * @return true when the slot starts and ends within the event
     */
    boolean contains(TimeSlot slot);

    /**
     * Returns a schedule covering whole days.
     *
     * @param first the first day, not null
     * @param last  the last day, not before {@code first}
     * @return the schedule
     */
    static EventSchedule days(LocalDate first, LocalDate last) {
        return new Days(first, last);
    }

    /**
     * Returns a schedule of one whole day.
     *
     * @param day the day, not null
     * @return the schedule
     */
    static EventSchedule day(LocalDate day) {
        return new Days(day, day);
    }

    /**
     * Returns a schedule with exact times.
     *
     * @param slot the start and end in the venue's zone, not null
     * @return the schedule
     */
    static EventSchedule timed(TimeSlot slot) {
        return new Timed(slot);
    }

    /**
     * Exact start and end times in the venue's IANA zone.
     *
     * @param slot the start and end, not null
     */
    record Timed(TimeSlot slot) implements EventSchedule {

        /**
         * Validates the schedule.
         *
         * @param slot the start and end, not null
         * @throws NullPointerException if {@code slot} is null
         */
        public Timed {
            Objects.requireNonNull(slot, "slot");
        }

        @Override
        public LocalDate firstDay() {
            return slot.start().toLocalDate();
        }

        @Override
        public LocalDate lastDay() {
            return slot.end().toLocalDate();
        }

        @Override
        public Instant startsAt() {
            return slot.start().toInstant();
        }

        @Override
        public Instant startsAt(ZoneId zoneOfDays) {
            Objects.requireNonNull(zoneOfDays, "zoneOfDays");
            return startsAt();
        }

        @Override
        public boolean contains(TimeSlot other) {
            return slot.contains(other);
        }

        @Override
        public String toString() {
            return slot.toString();
        }
    }

    /**
     * Whole days, both inclusive, where the times are unknown.
     *
     * @param first the first day, not null
     * @param last  the last day, not before {@code first}; not null
     */
    record Days(LocalDate first, LocalDate last) implements EventSchedule {

        /**
         * Validates the days.
         *
         * @param first the first day, not null
         * @param last  the last day, not before {@code first}; not null
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code last} is before {@code first}
         */
        public Days {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("last day " + last + " is before first day " + first);
            }
        }

        @Override
        public LocalDate firstDay() {
            return first;
        }

        @Override
        public LocalDate lastDay() {
            return last;
        }

        @Override
        public Instant startsAt() {
            return startsAt(ZoneOffset.UTC);
        }

        @Override
        public Instant startsAt(ZoneId zoneOfDays) {
            return first.atStartOfDay(Objects.requireNonNull(zoneOfDays, "zoneOfDays")).toInstant();
        }

        @Override
        public boolean contains(TimeSlot slot) {
            Objects.requireNonNull(slot, "slot");
            return !slot.start().toLocalDate().isBefore(first) && !slot.end().toLocalDate().isAfter(last);
        }

        @Override
        public String toString() {
            return first.equals(last) ? first.toString() : first + ".." + last;
        }
    }
}
