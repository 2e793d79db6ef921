package org.clustermeet.store;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.clustermeet.core.id.EventId;
import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.id.RegistrationId;
import org.clustermeet.core.person.ConsentKind;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.core.workflow.HistoryEntry;
import org.clustermeet.store.internal.Database;
import org.clustermeet.store.internal.Journal;
import org.clustermeet.store.internal.JournalRows;

/**
 * What a store keeps from its whole history, read once, a part at a time, and then only the rows
 * after the last read: each event's revision (how many times it was changed, as calendars count),
 * whom each merged person was merged into, who withdrew their consent to be contacted (a
 * withdrawal by a merged record holds for the person it was merged into), and which rows name
 * each registration, so that a registration's history reads its own rows rather than the whole
 * journal. Erasures rewrite rows but not their kinds or the ids they name, so what is kept stays
 * right. Not thread-safe: the sequencer calls it under its lock.
 */
final class HistoryIndex {

    /** The most rows read at once. */
    static final int PART = 4096;

    private final Map<EventId, Integer> revisions = new HashMap<>();
    private final Map<PersonId, PersonId> merges = new HashMap<>();
    private final Set<PersonId> contactWithdrawn = new HashSet<>();
    private final RowsByKey registrations = new RowsByKey();
    private long readTo;

    /**
     * Reads the rows after the last read, a part at a time, in one state of the database, so that
     * each part's first row is checked against the last row of the part before.
     */
    void catchUp(Database database) {
        try {
            database.readingOneState(c -> {
                JournalRows.inParts(c, readTo, PART, (rows, before) -> read(rows, before, database.where()));
                return null;
            });
        } catch (SQLException e) {
            throw new RegistryStoreException("cannot read the history in " + database.where() + ": "
                    + Journal.describe(e), e);
        }
    }

    /**
     * Reads the history of one registration from the rows that name it, each checked against the
     * checksum of the row before it (read too), or of the snapshot under that row's number. Call
     * {@link #catchUp} first.
     */
    List<HistoryEntry> history(RegistrationId registration, Database database) {
        SortedSet<Long> naming = registrations.rows(registration.value());
        if (naming.isEmpty()) {
            return List.of();
        }
        SortedSet<Long> wanted = new TreeSet<>(naming);
        naming.forEach(sequence -> wanted.add(sequence - 1));
        Naming found;
        try {
            found = database.inTransaction(c -> {
                List<Journal.Row> read = JournalRows.at(c, wanted);
                Map<Long, String> checksums = new HashMap<>();
                read.forEach(row -> checksums.put(row.sequence(), row.checksum()));
                for (long sequence : naming) {
                    if (!checksums.containsKey(sequence - 1)) {
                        JournalRows.snapshotChain(c, sequence - 1)
                                .ifPresent(chain -> checksums.put(sequence - 1, chain));
                    }
                }
                // rows of keys with the same hash are read too, and left out here
                return new Naming(read.stream().filter(row -> naming.contains(row.sequence())).toList(), checksums,
                        JournalRows.first(c).orElse(0));
            });
        } catch (SQLException e) {
            throw new RegistryStoreException("cannot read the history of " + registration + " in "
                    + database.where() + ": " + Journal.describe(e), e);
        }
        return new History().ofRows(found.rows(), sequence -> Optional.ofNullable(found.checksums().get(sequence)),
                found.first(), h -> h.registration().equals(Optional.of(registration)), database.where());
    }

    /**
     * The rows naming a registration, the checksums of what comes before each (a row's, or a
     * snapshot's chain value), and the sequence number of the journal's first row.
     */
    private record Naming(List<Journal.Row> rows, Map<Long, String> checksums, long first) {
    }

    private void read(List<Journal.Row> rows, Journal.Row before, String where) {
        for (HistoryEntry entry : new History().of(rows, before, h -> h.changesEvent() || h.mergedInto().isPresent()
                || h.consent().isPresent() || h.registration().isPresent(), where)) {
            Happening h = entry.happening();
            h.registration().ifPresent(id -> registrations.add(id.value(), entry.sequence()));
            if (h.changesEvent()) {
                h.event().ifPresent(id -> revisions.merge(id, 1, Integer::sum));
            }
            h.mergedInto().ifPresent(into -> {
                PersonId merged = h.person().orElseThrow();
                merges.put(merged, into);
                // the stricter consent wins: a withdrawal by either record holds for the person kept
                if (contactWithdrawn.contains(merged)) {
                    contactWithdrawn.add(into);
                }
            });
            h.consent().filter(c -> c.kind() == ConsentKind.CONTACT).ifPresent(c -> {
                if (c.given()) {
                    contactWithdrawn.remove(h.person().orElseThrow());
                } else {
                    contactWithdrawn.add(h.person().orElseThrow());
                }
            });
        }
        readTo = rows.get(rows.size() - 1).sequence();
    }

    /** {@return how many times an event itself was changed, as {@link Happening#changesEvent()} counts} */
    int revision(EventId event) {
        return revisions.getOrDefault(event, 0);
    }

    /** {@return whom a person was merged into, if they were} */
    Optional<PersonId> mergedInto(PersonId person) {
        return Optional.ofNullable(merges.get(person));
    }

    /** {@return whether the person's latest consent to be contacted, if any, was not withdrawn} */
    boolean mayContact(PersonId person) {
        return !contactWithdrawn.contains(person);
    }
}
