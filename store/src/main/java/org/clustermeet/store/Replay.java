package org.clustermeet.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.json.CharacterSource;
import org.clustermeet.json.RegistryJson;
import org.clustermeet.json.RegistryJsonException;
import org.clustermeet.store.internal.Chain;
import org.clustermeet.store.internal.ChangeCodec;
import org.clustermeet.store.internal.Journal;
import org.clustermeet.store.internal.SnapshotStream;
import org.clustermeet.store.internal.Utf8Length;

/**
 * Turns stored rows back into registries, checking each against the checksum chain, and
 * registries and steps into what is stored. Every refusal of a row or a snapshot that does not
 * match its checksum says "tampered" and names the sequence number.
 */
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

    /** The row recording a step decided on a state: its JSON, actor, time (to the microsecond) and checksum. */
    Journal.Row row(StoreState before, String kind, Actor actor, Instant at, ChangeSet changes,
                    List<Happening> happened) {
        long sequence = before.sequence() + 1;
        Instant recordedAt = at.truncatedTo(ChronoUnit.MICROS);
        String change = codec.write(changes, happened);
        return new Journal.Row(sequence, recordedAt, kind, change, Journal.FORMAT, actor.name(),
                Chain.row(before.chain(), sequence, recordedAt, kind, actor.name(), Journal.FORMAT, change));
    }

    /** Reads a row's step; the row's checksum has been checked. */
    ChangeCodec.Recorded step(Journal.Row row, String where) {
        try {
            return codec.read(row.change());
        } catch (IllegalArgumentException e) {
            throw unreadable(row, where, e);
        }
    }

    /**
     * Reads what a row says happened, without its changes; the row's checksum has been checked.
     *
     * @return what happened; empty for a row of the first format, whose {@link #step} tells it
     */
    Optional<List<Happening>> happened(Journal.Row row, String where) {
        try {
            return codec.readHappened(row.change());
        } catch (IllegalArgumentException e) {
            throw unreadable(row, where, e);
        }
    }

    private static RegistryStoreException unreadable(Journal.Row row, String where, IllegalArgumentException e) {
        return new RegistryStoreException("journal row " + row.sequence() + " (" + row.kind() + ", recorded "
                + row.recordedAt() + ") in " + where + " cannot be read: " + e.getMessage(), row.sequence(), e);
    }

    /** Reads a snapshot after checking it against its checksum. */
    Registry snapshot(Journal.Snapshot snapshot, String where) {
        checkFormat(snapshot.format(), "the snapshot at change " + snapshot.sequence(), snapshot.sequence(), where);
        // encoded once: the checksum is of these bytes and the reader parses them
        byte[] document = snapshot.document().getBytes(StandardCharsets.UTF_8);
        if (snapshot.chain() == null || !Chain.snapshot(snapshot.chain(), snapshot.sequence(), document)
                .equals(snapshot.checksum())) {
            throw snapshotTampered(where, snapshot.sequence());
        }
        try {
            return SNAPSHOTS.read(document);
        } catch (RegistryJsonException e) {
            throw new RegistryStoreException("the snapshot at change " + snapshot.sequence() + " in " + where
                    + " cannot be read: " + e.getMessage(), snapshot.sequence(), e);
        }
    }

    /**
     * Reads a snapshot as it streams from the database, checking it against its checksum: the
     * document is read twice, once to count its UTF-8 bytes (which its checksum starts with), once
     * to parse it while its bytes go through the digest. The caller's transaction must see one
     * state of the database throughout. A snapshot that cannot be read is read whole to tell
     * whether it was changed (tampered) or is unreadable as written.
     */
    Registry snapshot(Connection c, Journal.SnapshotHeader header, String where) throws SQLException {
        long sequence = header.sequence();
        checkFormat(header.format(), "the snapshot at change " + sequence, sequence, where);
        if (header.chain() == null) {
            throw snapshotTampered(where, sequence);
        }
        CharacterSource document = () -> SnapshotStream.open(c, sequence);
        Registry registry;
        MessageDigest digest;
        try {
            long length;
            try (Reader counting = document.open()) {
                length = Utf8Length.of(counting);
            }
            digest = Chain.snapshotDigest(header.chain(), sequence, length);
            registry = SNAPSHOTS.read(document, in -> new Digesting(in, digest));
        } catch (IOException e) { // a RegistryJsonException too
            Journal.Snapshot whole = Journal.latestSnapshot(c).filter(x -> x.sequence() == sequence)
                    .orElseThrow(() -> new RegistryStoreException("the snapshot at change " + sequence + " in " + where
                            + " cannot be read: " + e.getMessage(), sequence, e));
            return snapshot(whole, where); // tampered, or unreadable as written: it says which
        }
        if (!Chain.hex(digest).equals(header.checksum())) {
            throw snapshotTampered(where, sequence);
        }
        return registry;
    }

    private static RegistryStoreException snapshotTampered(String where, long sequence) {
        return tampered(where, sequence, "the snapshot at change " + sequence
                + " does not match its checksum (its document or chain value was changed)");
    }

    /**
     * The first reading's bytes on their way to the parser, into the digest; on close, whatever
     * the parser left unread (a line break after the document) too.
     */
    private static final class Digesting extends DigestInputStream {

        Digesting(InputStream in, MessageDigest digest) {
            super(in, digest);
        }

        @Override
        public void close() throws IOException {
            try {
                byte[] rest = new byte[8192];
                while (read(rest, 0, rest.length) >= 0) {
                    // each byte read is digested
                }
            } finally {
                super.close();
            }
        }
    }

    /** Checks that rows follow a state without a gap and each follows the one before it in the chain. */
    void check(StoreState start, List<Journal.Row> rows, String where) {
        long sequence = start.sequence();
        String chain = start.chain();
        for (Journal.Row row : rows) {
            if (row.sequence() != sequence + 1) {
                throw tampered(where, sequence + 1, "change " + (sequence + 1) + " is missing (the next row holds change "
                        + row.sequence() + ")");
            }
            checkFormat(row.format(), "journal row " + row.sequence(), row.sequence(), where);
            if (!row.expectedChecksum(chain).equals(row.checksum())) {
                throw tampered(where, row.sequence(), "journal row " + row.sequence() + " (" + row.kind()
                        + ") does not follow the change before it (it was edited, moved, or a row before it removed)");
            }
            sequence = row.sequence();
            chain = row.checksum();
        }
    }

    /** Checks rows as {@link #check} does, then replays them onto the state. */
    StoreState rows(StoreState start, List<Journal.Row> rows, String where) {
        check(start, rows, where);
        StoreState state = start;
        for (Journal.Row row : rows) {
            ChangeSet changes = step(row, where).changes();
            try {
                state = state.next(state.registry().apply(changes), changes, row.checksum());
            } catch (IllegalArgumentException e) {
                throw new RegistryStoreException("journal row " + row.sequence() + " (" + row.kind() + ", recorded "
                        + row.recordedAt() + ") in " + where + " does not apply to the state before it: "
                        + e.getMessage(), row.sequence(), e);
            }
        }
        return state;
    }

    /** The refusal of a store whose journal or snapshot does not match its checksums. */
    static RegistryStoreException tampered(String where, long sequence, String what) {
        return new RegistryStoreException("the store in " + where + " was tampered with at change " + sequence + ": "
                + what + "; it is not loaded", sequence, null);
    }

    private static void checkFormat(int format, String what, long sequence, String where) {
        if (format > Journal.FORMAT) {
            throw new RegistryStoreException(what + " in " + where + " was written in format " + format
                    + " by a newer version of clustermeet-store (this version reads formats up to " + Journal.FORMAT
                    + "): open it with that version or a later one", sequence, null);
        }
        if (format < Journal.FIRST_FORMAT) {
            throw new RegistryStoreException(what + " in " + where + " has format " + format
                    + ", which no version of clustermeet-store writes", sequence, null);
        }
    }
}
