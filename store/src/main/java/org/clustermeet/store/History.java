package org.clustermeet.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.core.workflow.HistoryEntry;
import org.clustermeet.store.internal.ChangeCodec;
import org.clustermeet.store.internal.Journal;

/**
 * Reads a store's history from its journal rows: what each recorded, in domain words. The rows of
 * the current format say what happened as the workflow answered it; rows of the first format are
 * read from the states they put. Consecutive rows are checked against the checksum chain.
 */
final class History {

    private final Replay replay = new Replay();

    /** The entries of every row whose happenings pass the filter, in order. */
    List<HistoryEntry> of(List<Journal.Row> rows, Predicate<Happening> filter, String where) {
        List<HistoryEntry> entries = new ArrayList<>();
        Journal.Row previous = null;
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
            ChangeCodec.Recorded step = replay.step(row, where);
            List<Happening> happened = step.happened()
                    .orElseGet(() -> Happening.fromStates(step.changes(), "edit".equals(row.kind())));
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
        return List.copyOf(entries);
    }
}
