package org.clustermeet.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Predicate;

import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.core.workflow.HistoryEntry;
import org.clustermeet.store.internal.Journal;

/**
 * Reads a store's history from its journal rows: what each recorded, in domain words. The rows of
 * the current format say what happened as the workflow answered it; rows of the first format are
 * read from the states they put. Each row is checked against the checksum chain.
 */
final class History {

    private final Replay replay = new Replay();

    /**
     * The entries of every row whose happenings pass the filter, in order, the first row checked
     * against the row before it when that row was read too.
     *
     * @param before the row just before the first, read in an earlier part; null when none was
     */
    List<HistoryEntry> of(List<Journal.Row> rows, Journal.Row before, Predicate<Happening> filter, String where) {
        List<HistoryEntry> entries = new ArrayList<>();
        Journal.Row previous = before;
        for (Journal.Row row : rows) {
            if (previous != null) {
                if (row.sequence() != previous.sequence() + 1) {
                    throw Replay.tampered(where, previous.sequence() + 1, "change " + (previous.sequence() + 1)
                            + " is missing from the history");
                }
                if (!row.expectedChecksum(previous.checksum()).equals(row.checksum())) {
                    throw Replay.tampered(where, row.sequence(), "journal row " + row.sequence()
                            + " does not follow the change before it");
                }
            }
            previous = row;
            add(row, filter, where, entries);
        }
        return List.copyOf(entries);
    }

    /**
     * The entries of some rows, not necessarily consecutive, whose happenings pass the filter, in
     * order. Each row is checked against the checksum of what comes before it in the chain.
     *
     * @param rows   the rows, in order
     * @param before the checksum of the row under a sequence number, or else the chain's value
     *               that a snapshot under it records; empty when there is neither, which means a
     *               row was deleted, unless it came before the journal's first row
     * @param first  the sequence number of the journal's first row: what came before it may have
     *               been dropped with a snapshot, so it is not checked, as {@link #of} does not
     *               check its first
     */
    List<HistoryEntry> ofRows(List<Journal.Row> rows, LongFunction<Optional<String>> before, long first,
                              Predicate<Happening> filter, String where) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (Journal.Row row : rows) {
            long sequence = row.sequence();
            Optional<String> previous = before.apply(sequence - 1);
            if (previous.isEmpty() && sequence > first) {
                throw Replay.tampered(where, sequence - 1, "change " + (sequence - 1) + " is missing from the history");
            }
            if (previous.isPresent() && !row.expectedChecksum(previous.get()).equals(row.checksum())) {
                throw Replay.tampered(where, sequence, "journal row " + sequence + " does not follow the change "
                        + "before it");
            }
            add(row, filter, where, entries);
        }
        return List.copyOf(entries);
    }

    private void add(Journal.Row row, Predicate<Happening> filter, String where, List<HistoryEntry> entries) {
        // rows of the first format record no happenings: their changes tell them
        List<Happening> happened = replay.happened(row, where).orElseGet(() ->
                Happening.fromStates(replay.step(row, where).changes(), "edit".equals(row.kind())));
        Optional<Actor> actor;
        try {
            actor = Optional.ofNullable(row.actor()).map(Actor::of);
        } catch (IllegalArgumentException e) {
            throw new RegistryStoreException("journal row " + row.sequence() + " in " + where
                    + " names an actor that cannot be read: " + e.getMessage(), row.sequence(), e);
        }
        for (Happening h : happened) {
            if (filter.test(h)) {
                entries.add(new HistoryEntry(row.sequence(), row.recordedAt(), actor, h));
            }
        }
    }
}
