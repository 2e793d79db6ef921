package org.clustermeet.core.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.clustermeet.core.value.LocalizedText;

/**
 * The names an organisation has had: its first name, then each renaming with the day from which
 * the new name holds. The Polish Ministry of Entrepreneurship and Technology, renamed Ministry of
 * Development in November 2019, is one organisation with two names. Where the history records its
 * {@link NameStart start}, no name is given for earlier days: the first name began then, or any
 * earlier name is not known. Immutable and thread-safe.
 *
 * @param original  the first known name, not null
 * @param renamings the renamings in strictly increasing date order, not null
 * @param start     where the first name begins, if recorded; before the first renaming; not null
 */
public record NameHistory(LocalizedText original, List<Renaming> renamings, Optional<NameStart> start) {

    /**
     * A change of name.
     *
     * @param on   the first day the new name holds, not null
     * @param name the new name, not null
     */
    public record Renaming(LocalDate on, LocalizedText name) {

        /**
         * Validates the renaming.
         *
         * @param on   the first day the new name holds, not null
         * @param name the new name, not null
         * @throws NullPointerException if an argument is null
         */
        public Renaming {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Validates the history.
     *
     * @param original  the first known name, not null
     * @param renamings the renamings in strictly increasing date order, not null
     * @param start     where the first name begins, if recorded; before the first renaming; not null
     * @throws NullPointerException     if an argument or element is null
     * @throws IllegalArgumentException if the renamings are not in strictly increasing date order
     */
    public NameHistory {
        Objects.requireNonNull(original, "original name");
        renamings = List.copyOf(Objects.requireNonNull(renamings, "renamings"));
        for (int i = 1; i < renamings.size(); i++) {
            LocalDate previous = renamings.get(i - 1).on();
            LocalDate next = renamings.get(i).on();
            if (!next.isAfter(previous)) {
                throw new IllegalArgumentException("renamings must be in strictly increasing date order: "
                        + next + " follows " + previous);
            }
        }
        Objects.requireNonNull(start, "start");
        if (start.isPresent() && !renamings.isEmpty() && !renamings.get(0).on().isAfter(start.get().day())) {
            throw new IllegalArgumentException("the first name starts on " + start.get().day()
                    + ", not before the first renaming on " + renamings.get(0).on());
        }
    }

    /**
     * Returns a history whose start is not recorded.
     *
     * @param original  the first known name, not null
     * @param renamings the renamings in strictly increasing date order, not null
     */
    public NameHistory(LocalizedText original, List<Renaming> renamings) {
        this(original, renamings, Optional.empty());
    }

    /**
     * Returns a copy that records where the first name begins.
     *
     * @param start the start, before the first renaming; not null
     * @return the changed copy
     */
    public NameHistory startingAt(NameStart start) {
        return new NameHistory(original, renamings, Optional.of(Objects.requireNonNull(start, "start")));
    }

    /**
     * Returns a copy with the original name in one more language.
     *
     * @param languageTag the BCP 47 tag, not null
     * @param name        the name in that language, not blank
     * @return the changed copy
     */
    public NameHistory withOriginal(String languageTag, String name) {
        return new NameHistory(original.with(languageTag, name), renamings, start);
    }

    /**
     * Returns a history with one name that never changed.
     *
     * @param name the name, not null
     * @return the history
     */
    public static NameHistory of(LocalizedText name) {
        return new NameHistory(name, List.of());
    }

    /**
     * Returns a history with one English name that never changed.
     *
     * @param englishName the name, not blank
     * @return the history
     */
    public static NameHistory of(String englishName) {
        return of(LocalizedText.english(englishName));
    }

    /**
     * Returns a copy with one more renaming, after all known ones.
     *
     * @param on      the first day of the new name, after every earlier renaming
     * @param newName the new name, not null
     * @return the extended history
     * @throws IllegalArgumentException if {@code on} is not after the last renaming
     */
    public NameHistory renamedOn(LocalDate on, LocalizedText newName) {
        List<Renaming> copy = new ArrayList<>(renamings);
        copy.add(new Renaming(on, newName));
        return new NameHistory(original, copy, start);
    }

    /**
     * Returns the name that held on a day: the last renaming on or before it, else the original,
     * unless the day comes before the history's {@link #start()}.
     *
     * @param day the day, not null
     * @return the name on that day, or empty when the day is before the first name's start
     */
    public Optional<LocalizedText> nameOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (start.isPresent() && day.isBefore(start.get().day())) {
            return Optional.empty();
        }
        LocalizedText name = original;
        for (Renaming r : renamings) {
            if (r.on().isAfter(day)) {
                break;
            }
            name = r.name();
        }
        return Optional.of(name);
    }

    /** {@return the latest name} */
    public LocalizedText current() {
        return renamings.isEmpty() ? original : renamings.get(renamings.size() - 1).name();
    }

    /** {@return every name in order, the original first} */
    public List<LocalizedText> all() {
        List<LocalizedText> all = new ArrayList<>(renamings.size() + 1);
        all.add(original);
        renamings.forEach(r -> all.add(r.name()));
        return List.copyOf(all);
    }
}
