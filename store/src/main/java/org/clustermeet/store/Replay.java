package org.clustermeet.store;

import java.util.List;

import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.registry.RegistryEdit;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.json.RegistryJsonException;
import org.clustermeet.store.internal.ChangeCodec;
import org.clustermeet.store.internal.Journal;
import org.clustermeet.store.internal.Operation;

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

    /** Applies operations to a registry, checked as one edit. */
    static Registry apply(Registry registry, List<Operation> operations) {
        RegistryEdit edit = registry.edit();
        operations.forEach(o -> o.addTo(edit));
        return edit.apply();
    }

    /** The JSON of a change. */
    String write(List<Operation> operations) {
        return codec.write(operations);
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
            List<Operation> operations;
            try {
                operations = codec.read(row.change());
            } catch (IllegalArgumentException e) {
                throw new RegistryStoreException("journal row " + row.sequence() + " (" + row.kind() + ", recorded "
                        + row.recordedAt() + ") in " + where + " cannot be read: " + e.getMessage(), row.sequence(), e);
            }
            try {
                state = state.next(apply(state.registry(), operations), operations);
            } catch (IllegalArgumentException e) {
                throw new RegistryStoreException("journal row " + row.sequence() + " (" + row.kind() + ", recorded "
                        + row.recordedAt() + ") in " + where + " does not apply to the state before it: "
                        + e.getMessage(), row.sequence(), e);
            }
        }
        return state;
    }
}
