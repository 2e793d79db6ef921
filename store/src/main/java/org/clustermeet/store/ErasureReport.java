package org.clustermeet.store;

import java.util.List;
import java.util.Objects;

import org.clustermeet.core.id.PersonId;

/**
 * What an erasure did: whose personal data it erased, and how many stored records it rewrote to
 * do so. Erasing someone already erased does nothing, so running an erasure again reports them
 * as {@code alreadyErased} and rewrites nothing. Immutable.
 *
 * @param erased            the people whose data was erased now, in the order asked; not null
 * @param alreadyErased     the people asked for who held no personal data any more; not null
 * @param rowsRewritten     journal rows whose content was rewritten (others after the first of
 *                          them were only sealed again into the checksum chain), at least 0
 * @param snapshotsRewritten snapshots rewritten, at least 0
 * @param noticesScrubbed   mail notices whose texts were cleared, at least 0
 * @param sequence          the journal row that records the erasure, or 0 when nothing was erased
 */
public record ErasureReport(List<PersonId> erased, List<PersonId> alreadyErased, int rowsRewritten,
                            int snapshotsRewritten, int noticesScrubbed, long sequence) {

    /**
     * Validates the report.
     *
     * @param erased             the people whose data was erased now; not null
     * @param alreadyErased      the people who held no personal data any more; not null
     * @param rowsRewritten      journal rows whose content was rewritten, at least 0
     * @param snapshotsRewritten snapshots rewritten, at least 0
     * @param noticesScrubbed    mail notices whose texts were cleared, at least 0
     * @param sequence           the journal row that records the erasure, or 0
     * @throws NullPointerException     if a list is null
     * @throws IllegalArgumentException if a count is negative
     */
    public ErasureReport {
        erased = List.copyOf(Objects.requireNonNull(erased, "erased"));
        alreadyErased = List.copyOf(Objects.requireNonNull(alreadyErased, "alreadyErased"));
        if (rowsRewritten < 0 || snapshotsRewritten < 0 || noticesScrubbed < 0 || sequence < 0) {
            throw new IllegalArgumentException("counts of an erasure cannot be negative: " + rowsRewritten + ", "
                    + snapshotsRewritten + ", " + noticesScrubbed + ", " + sequence);
        }
    }

    /** {@return whether the erasure changed nothing (everyone asked for was already erased)} */
    public boolean nothingErased() {
        return erased.isEmpty();
    }
}
