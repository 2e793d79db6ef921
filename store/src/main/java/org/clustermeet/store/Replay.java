package org.clustermeet.store;

import java.util.List;

import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.json.RegistryJsonException;
import org.clustermeet.store.internal.ChangeCodec;
import org.clustermeet.store.internal.Journal;

/** Turns stored rows back into registries, and registries and changes into what is stored. */
final class Replay {

    /** Snapshots are compact canonical documents of any size: the store wrote them. */
    private static final RegistryJson SNAPSHOTS = RegistryJson.defaults().withCompactOutput()
            .withMaxDocumentBytes(Long.MAX_VALUE);

    private final ChangeCodec codec = new ChangeCodec();

    /** The canonical document of a registry. */
    static String document(Registry registry) {
        try {
            return SNAPSHOTS.write(registry);
        } catch (RegistryJsonException e) {
            throw new IllegalStateException("cannot write the snapshot: " + e.getMessage(), e);
        }
    }

    /** The JSON of a change set and who asked for it. */
    String write(ChangeSet changes, Actor actor) {
        return codec.write(changes, actor);
    }

    /** Reads a snapshot. */
    Registry snapshot(Journal.Snapshot snapshot, String where) {
        try {
            return SNAPSHOTS.read(snapshot.document());
        } catch (RegistryJsonException e) {
            throw new RegistryStoreException("the snapshot at change " + snapshot.sequence() + " in " + where
                    + " cannot be read: " + e.getMessage(), snapshot.sequence(), e);
        }
    }

    /** Replays journal rows onto a state; they must follow it without a gap. */
    StoreState rows(StoreState start, List<Journal.Row> rows, String where) {
        StoreState state = start;
        for (Journal.Row row : rows) {
            if (row.sequence() != state.sequence() + 1) {
                throw new RegistryStoreException("the journal in " + where + " has a gap: change "
                        + row.sequence() + " follows change " + state.sequence(), row.sequence(), null);
            }
            ChangeSet changes;
            try {
                changes = codec.read(row.change()).changes();
            } catch (IllegalArgumentException e) {
                throw new RegistryStoreException("journal row " + row.sequence() + " (" + row.kind() + ", recorded "
                        + row.recordedAt() + ") in " + where + " cannot be read: " + e.getMessage(), row.sequence(), e);
            }
            try {
                state = state.next(state.registry().apply(changes), changes);
            } catch (IllegalArgumentException e) {
                throw new RegistryStoreException("journal row " + row.sequence() + " (" + row.kind() + ", recorded "
                        + row.recordedAt() + ") in " + where + " does not apply to the state before it: "
                        + e.getMessage(), row.sequence(), e);
            }
        }
        return state;
    }
}
