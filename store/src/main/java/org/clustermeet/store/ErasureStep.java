package org.clustermeet.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.clustermeet.core.id.PersonId;
import org.clustermeet.core.registry.ChangeSet;
import org.clustermeet.core.registry.EntityKind;
import org.clustermeet.core.registry.Registry;
import org.clustermeet.core.workflow.Actor;
import org.clustermeet.core.workflow.Happening;
import org.clustermeet.store.internal.Chain;
import org.clustermeet.store.internal.Journal;

/**
 * The transaction of an erasure. It appends the row that records it (claiming the next sequence
 * number exactly as a change does, so that it and a concurrent change cannot both win), rewrites
 * every earlier row and snapshot that holds the people's personal data, seals the chain again
 * from the first row rewritten, clears their mail notices, and moves the head to its row. Other
 * processes that meet the row read the store again from its snapshot, since the rows they hold
 * no longer follow the chain.
 */
final class ErasureStep {

    /** The kind of the journal row that records an erasure. */
    static final String KIND = "erase";

    /** An erasure committed: the state after it and what it did. */
    record Done(StoreState state, ErasureReport report) {
    }

    private static final Replay REPLAY = new Replay();

    private ErasureStep() {
    }

    /**
     * Erases people in a transaction; the caller commits it.
     *
     * @return empty when the state is stale (the caller rolls back, catches up and tries again)
     */
    static Optional<Done> run(Connection c, StoreState s, List<PersonId> people, Actor actor, Instant at,
                              String where) throws SQLException {
        Eraser eraser = new Eraser(Set.copyOf(people));
        ChangeSet changes = eraser.erasure(s.registry());
        Set<PersonId> changed = new HashSet<>();
        changes.puts(EntityKind.PERSON).forEach(p -> changed.add(p.id()));
        List<PersonId> erased = people.stream().filter(changed::contains).distinct().toList();
        List<PersonId> already = people.stream().filter(p -> !changed.contains(p)).distinct().toList();
        if (erased.isEmpty()) {
            return Optional.of(new Done(s, new ErasureReport(List.of(), already, 0, 0, 0, 0)));
        }
        Journal.Row provisional = REPLAY.row(s, KIND, actor, at, changes,
                erased.stream().map(Happening::erasureOf).toList());
        if (!Journal.append(c, provisional)) {
            return Optional.empty();
        }
        List<Journal.Row> rows = Journal.rowsAfter(c, 0).stream()
                .filter(r -> r.sequence() <= s.sequence()).toList();
        List<Journal.Snapshot> snapshots = Journal.snapshots(c);
        erased.forEach(id -> s.registry().person(id).ifPresent(eraser::learn));
        rows.forEach(r -> eraser.learnRow(r.change()));
        Map<Long, String> documents = new HashMap<>();
        for (Journal.Snapshot snapshot : snapshots) {
            Registry registry = REPLAY.snapshot(snapshot, where);
            erased.forEach(id -> registry.person(id).ifPresent(eraser::learn));
            ChangeSet erasure = eraser.erasure(registry);
            if (!erasure.isEmpty()) {
                documents.put(snapshot.sequence(), Replay.document(registry.apply(erasure)));
            }
        }

        Optional<String> firstDocument = snapshots.stream().filter(x -> x.sequence() == 0).findFirst()
                .map(x -> documents.getOrDefault(0L, x.document()));
        String start = firstDocument.map(d -> Chain.start(0, d)).orElseGet(Chain::restart);
        boolean resealing = documents.containsKey(0L);
        String chain = start;
        Map<Long, String> chainAt = new HashMap<>();
        chainAt.put(0L, start);
        List<Journal.Row> resealed = new ArrayList<>();
        int rewritten = 0;
        for (Journal.Row row : rows) {
            Optional<String> change = eraser.rewriteRow(row.change());
            if (change.isPresent()) {
                rewritten++;
                resealing = true;
            }
            if (resealing) {
                Journal.Row sealed = new Journal.Row(row.sequence(), row.recordedAt(), row.kind(),
                        change.orElse(row.change()), row.format(), row.actor(), null);
                sealed = withChecksum(sealed, sealed.expectedChecksum(chain));
                resealed.add(sealed);
                chain = sealed.checksum();
            } else {
                chain = row.checksum();
            }
            chainAt.put(row.sequence(), chain);
        }
        Journal.rewriteRows(c, resealed);
        int snapshotsRewritten = 0;
        for (Journal.Snapshot snapshot : snapshots) {
            String document = documents.getOrDefault(snapshot.sequence(), snapshot.document());
            String value = chainAt.getOrDefault(snapshot.sequence(), snapshot.chain());
            if (documents.containsKey(snapshot.sequence()) || !value.equals(snapshot.chain())) {
                Journal.rewriteSnapshot(c, snapshot.sequence(), document, value);
            }
            snapshotsRewritten += documents.containsKey(snapshot.sequence()) ? 1 : 0;
        }
        String head = chainAt.getOrDefault(s.sequence(), s.chain());
        Journal.Row row = withChecksum(provisional, provisional.expectedChecksum(head));
        Journal.rewriteRows(c, List.of(row));
        Journal.recordHead(c, new Journal.Head(row.sequence(), row.checksum()));
        int notices = Outbox.scrub(c, erased, eraser::scrub);
        StoreState after = s.next(s.registry().apply(changes), changes, row.checksum());
        return Optional.of(new Done(after, new ErasureReport(erased, already, rewritten, snapshotsRewritten, notices,
                row.sequence())));
    }

    private static Journal.Row withChecksum(Journal.Row row, String checksum) {
        return new Journal.Row(row.sequence(), row.recordedAt(), row.kind(), row.change(), row.format(), row.actor(),
                checksum);
    }
}
